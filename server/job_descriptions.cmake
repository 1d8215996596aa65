# Job-description text pipeline: sanitising pasted text or HTML and extracting metadata and
# skills. Pure functions, no I/O.

add_library(resumax_job_descriptions STATIC
  ${CMAKE_CURRENT_LIST_DIR}/src/domain/job_descriptions/job_metadata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/domain/job_descriptions/job_text_sanitizer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/domain/job_descriptions/skill_catalog.cpp)
target_link_libraries(resumax_job_descriptions PUBLIC resumax_core)
resumax_warnings(resumax_job_descriptions)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  file(GLOB RESUMAX_JD_TESTS CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_LIST_DIR}/src/domain/job_descriptions/*_test.cpp)
  add_executable(resumax_jd_tests ${RESUMAX_JD_TESTS})
  target_link_libraries(resumax_jd_tests PRIVATE resumax_job_descriptions GTest::gtest_main)
  resumax_warnings(resumax_jd_tests)
  gtest_discover_tests(resumax_jd_tests PROPERTIES LABELS unit)
endif()
