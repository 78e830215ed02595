# SPDX-FileCopyrightText: 2026 Kanttekening contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DLUPDATE=... -DSOURCES_LIST=... -DTS_DIR=... -DMODE=update|check|complete [-DOUT_DIR=...] -P lupdate.cmake
#   update:   rewrite the .ts files from the sources
#   check:    run lupdate on copies and fail if they differ from the committed files
#   complete: fail if the Dutch file has unfinished, missing or vanished entries
set(options -silent -no-obsolete -locations none)

if(MODE STREQUAL "complete")
    file(READ ${TS_DIR}/kanttekening_nl.ts ts)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" vanished "${ts}")
    string(REGEX MATCHALL "<translation></translation>|<translation/>" empty "${ts}")
    string(REGEX MATCHALL "<message" messages "${ts}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH vanished n_vanished)
    list(LENGTH empty n_empty)
    list(LENGTH messages n_messages)
    message(STATUS "kanttekening_nl.ts: ${n_messages} messages, ${n_unfinished} unfinished, ${n_empty} empty, ${n_vanished} vanished")
    if(n_messages EQUAL 0 OR n_unfinished GREATER 0 OR n_vanished GREATER 0 OR n_empty GREATER 0)
        message(FATAL_ERROR "kanttekening_nl.ts is not complete")
    endif()
    return()
endif()

foreach(lang nl en)
    set(ts ${TS_DIR}/kanttekening_${lang}.ts)
    if(MODE STREQUAL "check")
        file(MAKE_DIRECTORY ${OUT_DIR})
        file(COPY ${ts} DESTINATION ${OUT_DIR})
        set(target ${OUT_DIR}/kanttekening_${lang}.ts)
    else()
        set(target ${ts})
    endif()
    set(extra)
    if(lang STREQUAL "en")
        # English is the source language: only plural forms need translating.
        set(extra -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${options} ${extra} @${SOURCES_LIST} -ts ${target} -target-language ${lang}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${lang}")
    endif()
    if(MODE STREQUAL "check")
        execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${ts} ${target} RESULT_VARIABLE differ)
        if(NOT differ EQUAL 0)
            execute_process(COMMAND diff -u ${ts} ${target})
            message(FATAL_ERROR "translations/kanttekening_${lang}.ts is out of date with the sources: "
                                "run `cmake --build build --target update_translations` and translate what is new")
        endif()
    endif()
endforeach()
