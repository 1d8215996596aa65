# Resume reading, included from server/CMakeLists.txt: resumax_parsing holds the pure rules
# (layout, headings, dates, sections, and the ATS report's in domain/ats), resumax_documents the
# PDF/DOCX/text readers.
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
# poppler's GLib interface, for the link annotations poppler-cpp does not expose.
pkg_check_modules(POPPLER_GLIB REQUIRED IMPORTED_TARGET poppler-glib)
# qpdf, for the font dictionaries (whether a font maps its glyphs to letters).
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)

add_library(resumax_parsing STATIC
  src/domain/parsing/dates.cpp src/domain/parsing/entries.cpp src/domain/parsing/headings.cpp
  src/domain/parsing/layout.cpp src/domain/parsing/plain_text.cpp
  src/domain/parsing/field_assist.cpp src/domain/parsing/places.cpp
  src/domain/parsing/resume_sections.cpp src/domain/parsing/text_normalize.cpp
  src/domain/ats/ats_report.cpp)
target_link_libraries(resumax_parsing PUBLIC resumax_core resumax_document)
# The towns the parser knows, read by IsKnownTown() as resumax::embedded::places("cities.txt").
resumax_embed(resumax_parsing places ${CMAKE_CURRENT_SOURCE_DIR}/data/places
  ${CMAKE_CURRENT_SOURCE_DIR}/data/places/cities.txt)
resumax_warnings(resumax_parsing)

add_library(resumax_documents STATIC
  src/adapters/documents/docx_reader.cpp src/adapters/documents/pdf_reader.cpp
  src/adapters/documents/pdf_fonts.cpp src/adapters/documents/resume_reader.cpp)
target_link_libraries(resumax_documents PUBLIC resumax_parsing
  PRIVATE PkgConfig::POPPLER_CPP PkgConfig::POPPLER_GLIB PkgConfig::QPDF PkgConfig::LIBZIP PkgConfig::PUGIXML)
# qpdf's new code uses std::shared_ptr, not its old PointerHolder; its headers build with clang 14
# only as C++17, so the one file that includes them is compiled so (the last -std wins).
target_compile_definitions(resumax_documents PRIVATE POINTERHOLDER_TRANSITION=4)
set_source_files_properties(src/adapters/documents/pdf_fonts.cpp PROPERTIES
  COMPILE_OPTIONS "-std=c++17")
resumax_warnings(resumax_documents)

if(RESUMAX_BUILD_TESTS)
  include(GoogleTest)
  pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
  pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
  file(GLOB RESUMAX_PARSING_TESTS CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/src/domain/parsing/*_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/src/adapters/documents/*_test.cpp)
  add_executable(resumax_parsing_tests ${RESUMAX_PARSING_TESTS})
  # The tests build DOCX files with libzip and PDFs with cairo.
  target_link_libraries(resumax_parsing_tests PRIVATE resumax_documents PkgConfig::LIBZIP
    PkgConfig::CAIRO PkgConfig::FONTCONFIG GTest::gtest_main)
  target_compile_definitions(resumax_parsing_tests PRIVATE
    RESUMAX_CORPUS_DIR="${PROJECT_SOURCE_DIR}/../shared/corpus/real"
    RESUMAX_GENERATED_CORPUS_DIR="${PROJECT_SOURCE_DIR}/corpus/out"
    RESUMAX_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/server/tests/fixtures/resumes")
  resumax_warnings(resumax_parsing_tests)
  gtest_discover_tests(resumax_parsing_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS parsing)
endif()

if(RESUMAX_BUILD_BENCH)
  add_executable(resumax_parse_bench ${PROJECT_SOURCE_DIR}/bench/parse_bench.cpp)
  target_link_libraries(resumax_parse_bench PRIVATE resumax_documents)
  set_target_properties(resumax_parse_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
  resumax_warnings(resumax_parse_bench)
  # The hostile documents of the API tests, written out for bench/hostile.mjs.
  add_executable(resumax_hostile_documents ${PROJECT_SOURCE_DIR}/bench/hostile_documents.cpp)
  target_link_libraries(resumax_hostile_documents PRIVATE PkgConfig::LIBZIP ZLIB::ZLIB)
  set_target_properties(resumax_hostile_documents PROPERTIES RUNTIME_OUTPUT_DIRECTORY
    ${PROJECT_BINARY_DIR})
  resumax_warnings(resumax_hostile_documents)
endif()
