# ASan + UBSan for every target in this directory tree; fuzzing adds libFuzzer's coverage hooks.
# UBSan stops at the first report so that a ctest run fails instead of printing and passing.
set(copilot_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
if(COPILOT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "COPILOT_FUZZ needs clang (libFuzzer). Fix: configure with -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
  endif()
  list(APPEND copilot_sanitize_flags -fsanitize=fuzzer-no-link)
endif()
add_compile_options(${copilot_sanitize_flags})
add_link_options(-fsanitize=address,undefined)
