# pgn_embed_text(TARGET SYMBOL FILE): compiles a reviewed text file from
# data/ into the library as `const char SYMBOL[]` (NUL-terminated) and
# `const size_t SYMBOL_len`, so small lexicons need no file at run time.
# May be called from any src/<stage>/CMakeLists.txt: the generated source
# is marked GENERATED in the target's directory and built by a helper
# target of the calling directory, which CMake 3.18's Makefile generators
# need when the custom command and the target live in different dirs.
function(pgn_embed_text target symbol file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/generated/${symbol}.c")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DSYMBOL=${symbol} -DIN=${file} -DOUT=${out}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${file}")
  add_custom_target(${symbol}_embed DEPENDS "${out}")
  set_source_files_properties("${out}" TARGET_DIRECTORY ${target} PROPERTIES GENERATED TRUE)
  target_sources(${target} PRIVATE "${out}")
  add_dependencies(${target} ${symbol}_embed)
endfunction()
