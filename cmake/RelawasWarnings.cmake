# Compiler warnings and sanitizers, applied to every Relawas target through relawas_target_defaults().
add_library(relawas_build_flags INTERFACE)
target_compile_options(relawas_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                     -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(RELAWAS_WERROR)
  target_compile_options(relawas_build_flags INTERFACE -Werror)
endif()
if(ENABLE_SANITIZERS OR RELAWAS_FUZZ)
  target_compile_options(relawas_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=undefined)
  target_link_options(relawas_build_flags INTERFACE -fsanitize=address,undefined)
endif()
if(RELAWAS_FUZZ)
  # libFuzzer's coverage instrumentation for everything Relawas compiles; only the fuzz targets link its main().
  # libstdc++'s own checks (an index past a vector's end, an empty optional read) make such slips findings, too.
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "RELAWAS_FUZZ needs clang (libFuzzer): configure with the `fuzz` preset")
  endif()
  target_compile_options(relawas_build_flags INTERFACE -fsanitize=fuzzer-no-link -D_GLIBCXX_ASSERTIONS)
endif()
