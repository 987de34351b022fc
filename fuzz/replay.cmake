# Ordinary builds: each fuzz/fuzz_*.c linked with fuzz/replay.c instead of
# libFuzzer, and a ctest that replays its saved corpus (see replay.c).
file(GLOB fuzz_targets CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/fuzz_*.c)
foreach(src ${fuzz_targets})
  get_filename_component(name ${src} NAME_WE)
  add_executable(replay_${name} ${src} ${CMAKE_CURRENT_LIST_DIR}/replay.c)
  target_include_directories(replay_${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(replay_${name} PRIVATE peregrine)
  add_test(NAME replay_${name}
           COMMAND replay_${name} ${CMAKE_CURRENT_LIST_DIR}/corpus/${name})
endforeach()
