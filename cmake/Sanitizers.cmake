# RESUMAX_SANITIZE=ON builds everything with AddressSanitizer and UBSan (the debug preset).
option(RESUMAX_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RESUMAX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
