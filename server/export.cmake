# Exports: resumax_export is the domain's part (the export service, the printed form of the
# document, plain text, the Renderer interface); resumax_export_writers the adapters behind that
# interface, PDF (Pango + Cairo) and DOCX (libzip + pugixml), in process. Only the app (wiring)
# and the tests link the writers.
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)
if(NOT TARGET PkgConfig::LIBZIP)
  pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
  pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
endif()

add_library(resumax_export STATIC
  src/domain/export/export_service.cpp src/domain/export/resume_document.cpp
  src/domain/export/text_renderer.cpp)
target_link_libraries(resumax_export PUBLIC resumax_domain)
resumax_warnings(resumax_export)

add_library(resumax_export_writers STATIC
  src/adapters/export/pdf_renderer.cpp src/adapters/export/docx_writer.cpp)
target_link_libraries(resumax_export_writers PUBLIC resumax_export
  PRIVATE PkgConfig::PANGOCAIRO PkgConfig::LIBZIP PkgConfig::PUGIXML)
resumax_warnings(resumax_export_writers)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  file(GLOB RESUMAX_EXPORT_TESTS CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/src/domain/export/*_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/src/adapters/export/*_test.cpp)
  add_executable(resumax_export_tests ${RESUMAX_EXPORT_TESTS})
  # Round trips read the exports back with the project's own resume reader.
  target_link_libraries(resumax_export_tests PRIVATE resumax_export_writers resumax_documents
    resumax_adapters PkgConfig::LIBZIP PkgConfig::PUGIXML GTest::gtest_main)
  # The read-back test renders the generated corpus's people (in the repository).
  target_compile_definitions(resumax_export_tests PRIVATE
    RESUMAX_CORPUS_PEOPLE_DIR="${PROJECT_SOURCE_DIR}/corpus/people")
  resumax_warnings(resumax_export_tests)
  gtest_discover_tests(resumax_export_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS export)
endif()

if(RESUMAX_BUILD_BENCH)
  add_executable(resumax_export_bench ${PROJECT_SOURCE_DIR}/bench/export_bench.cpp)
  target_link_libraries(resumax_export_bench PRIVATE resumax_export_writers)
  set_target_properties(resumax_export_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
  resumax_warnings(resumax_export_bench)
endif()
