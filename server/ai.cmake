# LLM providers behind optimize::ChangeEngine (resumax_ai): OpenAI and Anthropic over libcurl,
# retries, circuit breakers, fallback to the local engine, versioned prompt templates.

set(RESUMAX_AI_DIR ${CMAKE_CURRENT_LIST_DIR}/src/adapters/ai)
file(GLOB RESUMAX_AI_SOURCES CONFIGURE_DEPENDS ${RESUMAX_AI_DIR}/*.cpp)
list(FILTER RESUMAX_AI_SOURCES EXCLUDE REGEX "_test\\.cpp$")
file(GLOB RESUMAX_AI_PROMPTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/data/prompts/*.txt)

add_library(resumax_ai STATIC ${RESUMAX_AI_SOURCES})
target_link_libraries(resumax_ai PUBLIC resumax_rewriting resumax_core PkgConfig::CURL)
resumax_embed(resumax_ai prompts ${CMAKE_CURRENT_LIST_DIR}/data/prompts ${RESUMAX_AI_PROMPTS})
resumax_warnings(resumax_ai)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  file(GLOB RESUMAX_AI_TESTS CONFIGURE_DEPENDS ${RESUMAX_AI_DIR}/*_test.cpp)
  add_executable(resumax_ai_tests ${RESUMAX_AI_TESTS})
  target_link_libraries(resumax_ai_tests PRIVATE resumax_ai GTest::gtest_main)
  target_compile_definitions(resumax_ai_tests PRIVATE
    RESUMAX_FAKE_PROVIDER="${PROJECT_SOURCE_DIR}/server/tests/support/fake-llm.mjs")
  resumax_warnings(resumax_ai_tests)
  gtest_discover_tests(resumax_ai_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit TIMEOUT 120)

  # tests/CMakeLists.txt globs every server/src/*_test.cpp into resumax_unit_tests, which does
  # not link this library; these tests run in resumax_ai_tests only. Deferred to the end of this
  # directory, after tests/ has defined its target.
  function(resumax_keep_ai_tests_apart)
    if(TARGET resumax_unit_tests)
      get_target_property(unit_sources resumax_unit_tests SOURCES)
      list(FILTER unit_sources EXCLUDE REGEX "/adapters/ai/[^/]*_test\\.cpp$")
      set_property(TARGET resumax_unit_tests PROPERTY SOURCES ${unit_sources})
    endif()
  endfunction()
  cmake_language(DEFER CALL resumax_keep_ai_tests_apart)
endif()
