# Rewriting a resume (resumax_rewrite): the local rewrite engine, the truthfulness guard every
# engine's output passes, applying accepted changes and word diffs. Pure functions over a
# resume's parsedSections; the alias and verb tables are compiled in.

# The Diff Template Library (Debian libdtl-dev), header-only.
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)

set(RESUMAX_REWRITE_DIR ${CMAKE_CURRENT_LIST_DIR}/src/domain/optimize)
add_library(resumax_rewrite STATIC
  ${RESUMAX_REWRITE_DIR}/apply_changes.cpp ${RESUMAX_REWRITE_DIR}/diff_words.cpp
  ${RESUMAX_REWRITE_DIR}/guard_truthfulness.cpp ${RESUMAX_REWRITE_DIR}/rewrite_engine.cpp
  ${RESUMAX_REWRITE_DIR}/rewrite_terms.cpp ${RESUMAX_REWRITE_DIR}/rewrite_text.cpp
  ${RESUMAX_REWRITE_DIR}/rewrite_verbs.cpp)
target_include_directories(resumax_rewrite SYSTEM PRIVATE ${DTL_INCLUDE_DIR})
target_link_libraries(resumax_rewrite PUBLIC resumax_core resumax_document)
resumax_embed(resumax_rewrite rewrite ${CMAKE_CURRENT_LIST_DIR}/data/rewrite
  ${CMAKE_CURRENT_LIST_DIR}/data/rewrite/terms.tsv
  ${CMAKE_CURRENT_LIST_DIR}/data/rewrite/verbs.tsv)
resumax_warnings(resumax_rewrite)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  file(GLOB RESUMAX_REWRITE_TESTS CONFIGURE_DEPENDS
    ${RESUMAX_REWRITE_DIR}/rewrite_*_test.cpp ${RESUMAX_REWRITE_DIR}/guard_*_test.cpp
    ${RESUMAX_REWRITE_DIR}/diff_*_test.cpp ${RESUMAX_REWRITE_DIR}/apply_*_test.cpp)
  add_executable(resumax_rewrite_tests ${RESUMAX_REWRITE_TESTS})
  target_link_libraries(resumax_rewrite_tests PRIVATE resumax_rewrite GTest::gtest_main)
  resumax_warnings(resumax_rewrite_tests)
  gtest_discover_tests(resumax_rewrite_tests PROPERTIES LABELS unit)

  # tests/CMakeLists.txt globs every server/src/*_test.cpp into resumax_unit_tests, which does
  # not link this library; these tests run in resumax_rewrite_tests only. Deferred to the end of
  # this directory, after tests/ has defined its target.
  function(resumax_keep_rewrite_tests_apart)
    if(TARGET resumax_unit_tests)
      get_target_property(unit_sources resumax_unit_tests SOURCES)
      list(FILTER unit_sources EXCLUDE REGEX "/optimize/(rewrite|guard|diff|apply)_[^/]*_test\\.cpp$")
      set_property(TARGET resumax_unit_tests PROPERTY SOURCES ${unit_sources})
    endif()
  endfunction()
  cmake_language(DEFER CALL resumax_keep_rewrite_tests_apart)
endif()
