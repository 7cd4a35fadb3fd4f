# Compiler warnings and sanitizers, applied to every Relawas target through relawas_target_defaults().
add_library(relawas_build_flags INTERFACE)
target_compile_options(relawas_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                     -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(RELAWAS_WERROR)
  target_compile_options(relawas_build_flags INTERFACE -Werror)
endif()
if(ENABLE_SANITIZERS)
  target_compile_options(relawas_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=undefined)
  target_link_options(relawas_build_flags INTERFACE -fsanitize=address,undefined)
endif()
