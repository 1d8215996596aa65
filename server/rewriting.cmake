# Rewriting a resume (resumax_rewriting): the local rewrite engine, the truthfulness guard every
# engine's output passes, applying accepted changes and word diffs. Pure functions over a
# resume's parsedSections; the alias and verb tables are compiled in.

# The Diff Template Library (Debian libdtl-dev), header-only.
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)

set(RESUMAX_REWRITING_DIR ${CMAKE_CURRENT_LIST_DIR}/src/domain/rewriting)
add_library(resumax_rewriting STATIC
  ${RESUMAX_REWRITING_DIR}/apply_changes.cpp ${RESUMAX_REWRITING_DIR}/diff_words.cpp
  ${RESUMAX_REWRITING_DIR}/guard_truthfulness.cpp ${RESUMAX_REWRITING_DIR}/rewrite_engine.cpp
  ${RESUMAX_REWRITING_DIR}/rewrite_terms.cpp ${RESUMAX_REWRITING_DIR}/rewrite_text.cpp
  ${RESUMAX_REWRITING_DIR}/rewrite_tips.cpp
  ${RESUMAX_REWRITING_DIR}/rewrite_verbs.cpp)
target_include_directories(resumax_rewriting SYSTEM PRIVATE ${DTL_INCLUDE_DIR})
target_link_libraries(resumax_rewriting PUBLIC resumax_core resumax_document)
resumax_embed(resumax_rewriting rewrite ${CMAKE_CURRENT_LIST_DIR}/data/rewrite
  ${CMAKE_CURRENT_LIST_DIR}/data/rewrite/terms.tsv
  ${CMAKE_CURRENT_LIST_DIR}/data/rewrite/verbs.tsv)
resumax_warnings(resumax_rewriting)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  file(GLOB RESUMAX_REWRITING_TESTS CONFIGURE_DEPENDS
    ${RESUMAX_REWRITING_DIR}/rewrite_*_test.cpp ${RESUMAX_REWRITING_DIR}/guard_*_test.cpp
    ${RESUMAX_REWRITING_DIR}/diff_*_test.cpp ${RESUMAX_REWRITING_DIR}/apply_*_test.cpp)
  add_executable(resumax_rewriting_tests ${RESUMAX_REWRITING_TESTS})
  target_link_libraries(resumax_rewriting_tests PRIVATE resumax_rewriting GTest::gtest_main)
  resumax_warnings(resumax_rewriting_tests)
  gtest_discover_tests(resumax_rewriting_tests PROPERTIES LABELS unit)

  # tests/CMakeLists.txt globs every server/src/*_test.cpp into resumax_unit_tests, which does
  # not link this library; these tests run in resumax_rewriting_tests only. Deferred to the end of
  # this directory, after tests/ has defined its target.
  function(resumax_keep_rewrite_tests_apart)
    if(TARGET resumax_unit_tests)
      get_target_property(unit_sources resumax_unit_tests SOURCES)
      list(FILTER unit_sources EXCLUDE REGEX "/rewriting/(rewrite|guard|diff|apply)_[^/]*_test\\.cpp$")
      set_property(TARGET resumax_unit_tests PROPERTY SOURCES ${unit_sources})
    endif()
  endfunction()
  cmake_language(DEFER CALL resumax_keep_rewrite_tests_apart)
endif()
