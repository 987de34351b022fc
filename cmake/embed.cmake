# pgn_embed_text(TARGET SYMBOL FILE): compiles a reviewed text file from
# data/ into the library as `const char SYMBOL[]` (NUL-terminated) and
# `const size_t SYMBOL_len`, so small lexicons need no file at run time.
function(pgn_embed_text target symbol file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/${symbol}.c")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DSYMBOL=${symbol} -DIN=${file} -DOUT=${out}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE "${out}")
endfunction()
