# Defines copilot::sodium, copilot::re2 and copilot::json for both builds: the Debian -dev
# packages natively, and for em++ the same versions built from Debian sources by
# scripts/bootstrap-wasm-deps (which writes build/deps/wasm-deps.cmake).

if(EMSCRIPTEN)
  # COPILOT_WASM_DEPS_FILE: another set of wasm dependency builds (e.g. libsodium with other
  # flags), for a second build directory whose module bench/crypto loads beside the default.
  set(COPILOT_WASM_DEPS_FILE "${CMAKE_CURRENT_SOURCE_DIR}/build/deps/wasm-deps.cmake" CACHE FILEPATH
      "The wasm-deps.cmake scripts/bootstrap-wasm-deps wrote")
  set(wasm_deps_file "${COPILOT_WASM_DEPS_FILE}")
  if(NOT EXISTS "${wasm_deps_file}")
    message(FATAL_ERROR "libsodium and RE2 for wasm are not built yet. Fix: run scripts/bootstrap")
  endif()
  include("${wasm_deps_file}")

  add_library(copilot_sodium STATIC IMPORTED GLOBAL)
  set_target_properties(copilot_sodium PROPERTIES
    IMPORTED_LOCATION "${COPILOT_WASM_SODIUM_PREFIX}/lib/libsodium.a"
    INTERFACE_INCLUDE_DIRECTORIES "${COPILOT_WASM_SODIUM_PREFIX}/include")
  add_library(copilot_re2 STATIC IMPORTED GLOBAL)
  set_target_properties(copilot_re2 PROPERTIES
    IMPORTED_LOCATION "${COPILOT_WASM_RE2_PREFIX}/lib/libre2.a"
    INTERFACE_INCLUDE_DIRECTORIES "${COPILOT_WASM_RE2_PREFIX}/include")

  # Only nlohmann's own folder goes on em++'s include path: /usr/include would pull in glibc headers.
  set(json_stage "${CMAKE_BINARY_DIR}/json-include")
  if(NOT EXISTS "${json_stage}/nlohmann")
    if(NOT EXISTS /usr/include/nlohmann/json.hpp)
      message(FATAL_ERROR "nlohmann/json.hpp not found. Fix: apt-get install nlohmann-json3-dev")
    endif()
    file(MAKE_DIRECTORY "${json_stage}")
    file(CREATE_LINK /usr/include/nlohmann "${json_stage}/nlohmann" SYMBOLIC)
  endif()
  add_library(copilot_json INTERFACE)
  target_include_directories(copilot_json SYSTEM INTERFACE "${json_stage}")
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium)
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET GLOBAL re2)
  find_package(nlohmann_json 3.10 REQUIRED)
  add_library(copilot_sodium INTERFACE)
  target_link_libraries(copilot_sodium INTERFACE PkgConfig::SODIUM)
  add_library(copilot_re2 INTERFACE)
  target_link_libraries(copilot_re2 INTERFACE PkgConfig::RE2)
  add_library(copilot_json INTERFACE)
  target_link_libraries(copilot_json INTERFACE nlohmann_json::nlohmann_json)
endif()

# The core never throws: errors travel as copilot::Status (see src/common/status.h).
target_compile_definitions(copilot_json INTERFACE JSON_NOEXCEPTION=1)

add_library(copilot::sodium ALIAS copilot_sodium)
add_library(copilot::re2 ALIAS copilot_re2)
add_library(copilot::json ALIAS copilot_json)
