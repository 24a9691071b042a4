# Warnings for the project's own targets (not for dependencies).
function(copilot_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    $<$<BOOL:${COPILOT_WERROR}>:-Werror>)
endfunction()
option(COPILOT_WERROR "Treat warnings as errors" ON)
