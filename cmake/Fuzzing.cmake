# RESUMAX_FUZZ=ON builds the libFuzzer targets in server/fuzz (the fuzz preset): everything is
# compiled with coverage feedback, AddressSanitizer and UBSan; only the fuzz targets link
# libFuzzer's main.
option(RESUMAX_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(RESUMAX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "RESUMAX_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
                        "configure with the fuzz preset or -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # _GLIBCXX_ASSERTIONS: out-of-range operator[] on strings and string_views that stay inside a
  # live buffer, which AddressSanitizer alone does not see.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined -D_GLIBCXX_ASSERTIONS)
  add_link_options(-fsanitize=address,undefined)
endif()
