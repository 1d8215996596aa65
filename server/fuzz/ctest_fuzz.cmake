# Read by ctest (TEST_INCLUDE_FILES, top CMakeLists.txt): once build-fuzz/ holds the fuzz targets
# (`make test` builds them), each runs for 60 s on its seeds as test fuzz.<target>, one at a time.
get_filename_component(resumax_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
foreach(target IN ITEMS pdf docx text job_description)
  if(EXISTS "${resumax_root}/build-fuzz/server/fuzz/fuzz_${target}")
    add_test(fuzz.${target} "${resumax_root}/scripts/fuzz" --no-build 60 ${target})
    set_tests_properties(fuzz.${target} PROPERTIES LABELS fuzz TIMEOUT 300 RESOURCE_LOCK fuzz)
  endif()
endforeach()
