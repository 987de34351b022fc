# pgn_wordlist(TARGET SYMBOL FILE): compiles a reviewed word list from data/
# (one entry a line, optional flag letter after it, `#` comments) into a
# sorted C table `const pgn__word SYMBOL[]` with `SYMBOL_n` entries, searched
# with bsearch (src/text/lexicon.c).  Sorting at build time keeps the table
# immutable: no loading, no global mutable state, no per-call set-up.
#
# The table is generated when CMake configures (and again whenever FILE
# changes, which re-runs the configuration): a custom command would not do,
# as its output is only visible to targets of its own directory and the
# library is defined at the top level.
function(pgn_wordlist target symbol file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/${symbol}.c")
  execute_process(
    COMMAND ${CMAKE_COMMAND} -DSYMBOL=${symbol} -DIN=${file} -DOUT=${out}
            -P "${PROJECT_SOURCE_DIR}/cmake/wordlist_gen.cmake"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot compile word list ${file}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
               "${file}" "${PROJECT_SOURCE_DIR}/cmake/wordlist_gen.cmake")
  target_sources(${target} PRIVATE "${out}")
endfunction()
