# Matching (src/domain/matching), included from server/CMakeLists.txt: the skills taxonomy (with its import
# from ESCO and O*NET), the skill matcher, job analysis and the scorer (resumax_matching). Pure
# functions over text and JSON; the only files it reads are WordNet's, at taxonomy load (and the
# open data sets, when asked to import them).
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)

set(RESUMAX_MATCHING_DIR ${CMAKE_CURRENT_LIST_DIR}/src/domain/matching)
add_library(resumax_matching STATIC
  ${RESUMAX_MATCHING_DIR}/credentials.cpp
  ${RESUMAX_MATCHING_DIR}/csv_reader.cpp ${RESUMAX_MATCHING_DIR}/education_level.cpp
  ${RESUMAX_MATCHING_DIR}/job_analysis.cpp ${RESUMAX_MATCHING_DIR}/job_analysis_json.cpp
  ${RESUMAX_MATCHING_DIR}/job_titles.cpp
  ${RESUMAX_MATCHING_DIR}/scorer.cpp ${RESUMAX_MATCHING_DIR}/skill_matcher.cpp
  ${RESUMAX_MATCHING_DIR}/taxonomy.cpp ${RESUMAX_MATCHING_DIR}/taxonomy_import.cpp
  ${RESUMAX_MATCHING_DIR}/text_tokens.cpp ${RESUMAX_MATCHING_DIR}/wordnet.cpp)
target_include_directories(resumax_matching PRIVATE ${STEMMER_INCLUDE_DIR})
target_link_libraries(resumax_matching PUBLIC resumax_core resumax_document resumax_job_descriptions
  PRIVATE ${STEMMER_LIBRARY})
# The built-in taxonomy, read by Taxonomy::Builtin() as resumax::embedded::taxonomy("skills.tsv").
resumax_embed(resumax_matching taxonomy ${CMAKE_CURRENT_LIST_DIR}/data/taxonomy
  ${CMAKE_CURRENT_LIST_DIR}/data/taxonomy/skills.tsv)
resumax_warnings(resumax_matching)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  # This library's tests, named: other tests beside them belong to other targets.
  set(RESUMAX_MATCHING_TESTS)
  foreach(name IN ITEMS credentials csv_reader education_level job_analysis job_analysis_json job_titles
                        scorer skill_matcher
                        taxonomy taxonomy_import text_tokens wordnet)
    list(APPEND RESUMAX_MATCHING_TESTS ${RESUMAX_MATCHING_DIR}/${name}_test.cpp)
  endforeach()
  add_executable(resumax_matching_tests ${RESUMAX_MATCHING_TESTS})
  target_link_libraries(resumax_matching_tests PRIVATE resumax_matching GTest::gtest_main)
  target_compile_definitions(resumax_matching_tests PRIVATE
    RESUMAX_TAXONOMY_DIR="${PROJECT_SOURCE_DIR}/../shared/data/taxonomy"
    RESUMAX_SKILLS_TSV="${PROJECT_SOURCE_DIR}/server/data/taxonomy/skills.tsv")
  resumax_warnings(resumax_matching_tests)
  gtest_discover_tests(resumax_matching_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

  # tests/CMakeLists.txt globs every server/src/*_test.cpp into resumax_unit_tests; these need
  # the paths above and run in resumax_matching_tests only. Deferred to the end of this
  # directory, after tests/ has defined its target.
  function(resumax_keep_matching_tests_apart)
    if(TARGET resumax_unit_tests)
      get_target_property(unit_sources resumax_unit_tests SOURCES)
      list(REMOVE_ITEM unit_sources ${RESUMAX_MATCHING_TESTS})
      set_property(TARGET resumax_unit_tests PROPERTY SOURCES ${unit_sources})
    endif()
  endfunction()
  cmake_language(DEFER CALL resumax_keep_matching_tests_apart)
endif()
