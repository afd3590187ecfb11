# Writes the btc-worker(1) manual page from a troff template and the program's own --help text,
# so the OPTIONS section always matches the parser. Run with cmake -P and these variables:
#   EXECUTABLE  the built btc-worker      TEMPLATE  btc-worker.1.in
#   OUTPUT      the page to write         VERSION   the project version
cmake_minimum_required(VERSION 3.21)
foreach(required EXECUTABLE TEMPLATE OUTPUT VERSION)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "GenerateManPage.cmake: ${required} is not set")
    endif()
endforeach()

# The page is English: keep the build machine's language out of --help.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=LANGUAGE LC_ALL=C LANG=C "${EXECUTABLE}" --help
                OUTPUT_VARIABLE help RESULT_VARIABLE status TIMEOUT 30)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "GenerateManPage.cmake: '${EXECUTABLE} --help' failed (${status})")
endif()

# Escapes text for troff: backslashes, hyphens (so they stay ASCII minus signs) and a leading dot or quote.
function(btcw_troff_escape out text)
    string(REPLACE "@BTCW_LB@" "[" text "${text}")
    string(REPLACE "@BTCW_RB@" "]" text "${text}")
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Formats an option spec such as "-a, --api-port <port>": option names bold, argument placeholders italic.
function(btcw_troff_option out spec)
    btcw_troff_escape(spec "${spec}")
    string(REGEX REPLACE "<([^>]+)>" "\\\\fI\\1\\\\fR" spec "${spec}")
    string(REGEX REPLACE "(\\\\-[A-Za-z0-9\\\\-]+)" "\\\\fB\\1\\\\fR" spec "${spec}")
    set(${out} "${spec}" PARENT_SCOPE)
endfunction()

# Split into lines as a CMake list; brackets would glue list items together, so they travel as placeholders.
string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "[" "@BTCW_LB@" help "${help}")
string(REPLACE "]" "@BTCW_RB@" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(section "")
set(description "")
set(options "")
set(current_spec "")
set(current_text "")
set(option_count 0)

macro(btcw_flush_option)
    if(NOT current_spec STREQUAL "")
        btcw_troff_option(spec_troff "${current_spec}")
        btcw_troff_escape(text_troff "${current_text}")
        string(APPEND options ".TP\n${spec_troff}\n${text_troff}\n")
        math(EXPR option_count "${option_count} + 1")
    endif()
    set(current_spec "")
    set(current_text "")
endmacro()

foreach(line IN LISTS lines)
    if(line MATCHES "^Usage:")
        set(section description)
    elseif(line MATCHES "^Options:")
        set(section options)
    elseif(line MATCHES "^[A-Z][A-Za-z ]*:$")
        btcw_flush_option()
        set(section other)
    elseif(section STREQUAL "description" AND NOT line STREQUAL "")
        string(APPEND description "${line} ")
    elseif(section STREQUAL "options")
        if(line MATCHES "^  +(-[^ ]+( [^ ]+)*)  +([^ ].*)$")
            # A new option: its spec (words separated by single spaces), two or more spaces, its text.
            btcw_flush_option()
            set(current_spec "${CMAKE_MATCH_1}")
            set(current_text "${CMAKE_MATCH_3}")
        elseif(line MATCHES "^ +([^ ].*)$" AND NOT current_spec STREQUAL "")
            # QCommandLineParser wraps long texts onto indented continuation lines.
            string(APPEND current_text " ${CMAKE_MATCH_1}")
        elseif(line MATCHES "^  +(-[^ ]+)$")
            btcw_flush_option()
            set(current_spec "${CMAKE_MATCH_1}")
        endif()
    endif()
endforeach()
btcw_flush_option()

if(option_count EQUAL 0)
    message(FATAL_ERROR "GenerateManPage.cmake: found no options in the --help output:\n${help}")
endif()
string(STRIP "${description}" description)
btcw_troff_escape(BTCW_MAN_DESCRIPTION "${description}")
string(STRIP "${options}" BTCW_MAN_OPTIONS)
set(BTCW_MAN_VERSION "${VERSION}")
# SOURCE_DATE_EPOCH (reproducible builds) fixes the date; otherwise today's date.
string(TIMESTAMP BTCW_MAN_DATE "%Y-%m-%d" UTC)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
