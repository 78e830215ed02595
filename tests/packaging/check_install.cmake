# SPDX-FileCopyrightText: 2026 Kanttekening contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DCHECK=<check> -DBUILD_DIR=... -DROOT=... -DPREFIX=/usr -DWORK=... -DVERSION=...
#       -P check_install.cmake
#
#   install              installs BUILD_DIR into DESTDIR=ROOT and checks that exactly the
#                        files a desktop program needs are there (no test programs), that the
#                        PNG icons have their sizes and that the installed binary runs
#   desktop_file         desktop-file-validate, and the keys the menu and file managers use
#   metainfo             appstreamcli validate --no-net, and the fields AppStream needs
#   mime_type            update-mime-database in ROOT, then xdg-mime query filetype sees a
#                        project as ours by its name and by its content (renamed to .db, no
#                        suffix), and a plain SQLite file as not ours
#   default_application  update-desktop-database in ROOT, then xdg-mime query default names
#                        our .desktop file for the project MIME type
# Every check but install uses the tree install left in ROOT (ctest fixture ktk_installed).

cmake_minimum_required(VERSION 3.22)

set(app_id org.kanttekening.Kanttekening)
set(mime_type application/x-kanttekening-project)
set(mime_icon application-x-kanttekening-project)
set(icon_sizes 16 22 24 32 48 64 128 256)
set(usr "${ROOT}${PREFIX}")
set(share "${usr}/share")

function(fail)
    string(JOIN "" text ${ARGN})
    message(FATAL_ERROR "packaging_${CHECK}: ${text}")
endfunction()

# The path of a tool, or a failure naming the Debian package that has it.
function(need_tool var tool package)
    find_program(path ${tool} NO_CACHE)
    if(NOT path)
        fail("${tool} not found; install Debian's ${package} (./build.sh installs it)")
    endif()
    set(${var} "${path}" PARENT_SCOPE)
endfunction()

# Runs a command; sets <prefix>_rc, <prefix>_out (stdout) and <prefix>_err (stderr).
function(run prefix)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(STRIP "${out}" out)
    string(STRIP "${err}" err)
    set(${prefix}_rc "${rc}" PARENT_SCOPE)
    set(${prefix}_out "${out}" PARENT_SCOPE)
    set(${prefix}_err "${err}" PARENT_SCOPE)
endfunction()

function(need_file path what)
    if(NOT EXISTS "${path}")
        fail("${what} is not installed: ${path} is missing (run the packaging_install test first)")
    endif()
endfunction()

# The value of KEY in the [Desktop Entry] of a .desktop file (read as one string:
# file(STRINGS) would split values at their semicolons).
function(desktop_value var content key)
    string(REGEX REPLACE "([][])" "\\\\\\1" key_re "${key}")
    if(NOT content MATCHES "(^|\n)${key_re}=([^\n]*)")
        fail("the .desktop file has no ${key}= line")
    endif()
    set(${var} "${CMAKE_MATCH_2}" PARENT_SCOPE)
endfunction()

function(require_match content regex what)
    if(NOT content MATCHES "${regex}")
        fail("${what} (looked for the regular expression ${regex})")
    endif()
endfunction()

# Environment for xdg-mime: no desktop (its generic code path, which reads the
# shared MIME database through File::MimeInfo and mimeinfo.cache), the
# installed tree in XDG_DATA_DIRS, and empty user and config folders, so that
# nothing of the user running the tests counts. Not /usr/share: a Kanttekening
# installed on the machine would answer for a broken tree. The freedesktop.org
# types (application/vnd.sqlite3, which ours derives from) come from a copy of
# shared-mime-info's package in WORK/system (see mime_type).
macro(use_installed_tree)
    foreach(v XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION
              KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID MATE_DESKTOP_SESSION_ID XDG_MENU_PREFIX)
        unset(ENV{${v}})
    endforeach()
    file(MAKE_DIRECTORY "${WORK}/data-home" "${WORK}/config-home" "${WORK}/config-dirs")
    set(ENV{XDG_DATA_DIRS} "${share}:${WORK}/system")
    set(ENV{XDG_DATA_HOME} "${WORK}/data-home")
    set(ENV{XDG_CONFIG_HOME} "${WORK}/config-home")
    set(ENV{XDG_CONFIG_DIRS} "${WORK}/config-dirs")
endmacro()

# ---------------------------------------------------------------------------
if(CHECK STREQUAL "install")
    set(expected
        bin/kanttekening
        share/applications/${app_id}.desktop
        share/metainfo/${app_id}.metainfo.xml
        share/mime/packages/${app_id}.xml
        share/icons/hicolor/scalable/apps/${app_id}.svg
        share/icons/hicolor/scalable/mimetypes/${mime_icon}.svg
        share/doc/kanttekening/copyright)
    foreach(size IN LISTS icon_sizes)
        list(APPEND expected
            share/icons/hicolor/${size}x${size}/apps/${app_id}.png
            share/icons/hicolor/${size}x${size}/mimetypes/${mime_icon}.png)
    endforeach()

    file(REMOVE_RECURSE "${ROOT}")
    set(ENV{DESTDIR} "${ROOT}")
    run(install "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}")
    unset(ENV{DESTDIR})
    if(NOT install_rc EQUAL 0)
        fail("cmake --install ${BUILD_DIR} --prefix ${PREFIX} with DESTDIR=${ROOT} failed (${install_rc}):\n"
             "${install_out}\n${install_err}")
    endif()

    file(GLOB_RECURSE installed RELATIVE "${usr}" "${ROOT}/*")
    set(missing ${expected})
    list(REMOVE_ITEM missing ${installed})
    set(unexpected ${installed})
    list(REMOVE_ITEM unexpected ${expected})
    if(missing)
        list(JOIN missing "\n  " missing)
        fail("not installed under ${usr}:\n  ${missing}")
    endif()
    if(unexpected)
        # Test programs, benchmarks or files outside the prefix have no place in the package.
        list(JOIN unexpected "\n  " unexpected)
        fail("installed but not expected (add it to the list in ${CMAKE_CURRENT_LIST_FILE} "
             "if it belongs in the package):\n  ${unexpected}")
    endif()

    # Each PNG is a PNG of its folder's size: width and height are the
    # big-endian words at bytes 16 and 20, in the IHDR chunk.
    foreach(size IN LISTS icon_sizes)
        foreach(png apps/${app_id}.png mimetypes/${mime_icon}.png)
            set(path "${share}/icons/hicolor/${size}x${size}/${png}")
            file(READ "${path}" header LIMIT 24 HEX)
            string(SUBSTRING "${header}" 0 16 signature)
            string(SUBSTRING "${header}" 32 8 width)
            string(SUBSTRING "${header}" 40 8 height)
            math(EXPR width "0x${width}")
            math(EXPR height "0x${height}")
            if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
                fail("${path} is not a ${size}x${size} PNG (${width}x${height}); "
                     "re-render with resources/desktop/icons/render-png.sh")
            endif()
        endforeach()
    endforeach()
    foreach(svg apps/${app_id}.svg mimetypes/${mime_icon}.svg)
        file(READ "${share}/icons/hicolor/scalable/${svg}" text)
        require_match("${text}" "<svg[^>]*viewBox=" "${svg} is not an SVG with a viewBox")
    endforeach()

    run(version "${usr}/bin/kanttekening" --version)
    if(NOT version_rc EQUAL 0 OR NOT version_out STREQUAL "Kanttekening ${VERSION}")
        fail("the installed ${usr}/bin/kanttekening --version printed \"${version_out}\" "
             "(exit ${version_rc}), not \"Kanttekening ${VERSION}\"\n${version_err}")
    endif()
    list(LENGTH expected count)
    message(STATUS "${count} files installed under ${usr}, as expected; ${version_out} runs")

# ---------------------------------------------------------------------------
elseif(CHECK STREQUAL "desktop_file")
    need_tool(validate desktop-file-validate desktop-file-utils)
    set(desktop "${share}/applications/${app_id}.desktop")
    need_file("${desktop}" "the .desktop file")
    run(v "${validate}" "${desktop}")
    # Hints (several main categories: Office;Education;Science) are allowed;
    # errors and warnings are not.
    if(NOT v_rc EQUAL 0 OR v_out MATCHES "(error|warning):" OR v_err MATCHES "(error|warning):")
        fail("desktop-file-validate ${desktop} failed (${v_rc}):\n${v_out}\n${v_err}")
    endif()

    file(READ "${desktop}" content)
    desktop_value(type "${content}" Type)
    desktop_value(exec "${content}" Exec)
    desktop_value(icon "${content}" Icon)
    desktop_value(mime "${content}" MimeType)
    desktop_value(categories "${content}" Categories)
    if(NOT type STREQUAL "Application")
        fail("Type is \"${type}\", not Application")
    endif()
    if(NOT exec STREQUAL "kanttekening %F")
        fail("Exec is \"${exec}\", not \"kanttekening %F\" (files from the file manager)")
    endif()
    if(NOT icon STREQUAL app_id)
        fail("Icon is \"${icon}\", not the application id ${app_id}")
    endif()
    if(NOT EXISTS "${share}/icons/hicolor/scalable/apps/${icon}.svg")
        fail("Icon=${icon} names no installed icon (${share}/icons/hicolor/scalable/apps/${icon}.svg)")
    endif()
    if(NOT ";${mime};" MATCHES ";${mime_type};")
        fail("MimeType=${mime} does not list ${mime_type}")
    endif()
    foreach(category Office Education Science)
        if(NOT ";${categories};" MATCHES ";${category};")
            fail("Categories=${categories} lacks ${category}")
        endif()
    endforeach()
    foreach(key Name GenericName Comment)
        desktop_value(en "${content}" ${key})
        desktop_value(nl "${content}" "${key}[nl]")
        if(en STREQUAL "" OR nl STREQUAL "")
            fail("${key} or ${key}[nl] is empty")
        endif()
        message(STATUS "${key}=${en} | ${key}[nl]=${nl}")
    endforeach()

# ---------------------------------------------------------------------------
elseif(CHECK STREQUAL "metainfo")
    need_tool(appstreamcli appstreamcli appstream)
    set(metainfo "${share}/metainfo/${app_id}.metainfo.xml")
    need_file("${metainfo}" "the AppStream metainfo")
    run(v "${appstreamcli}" validate --no-net --explain "${metainfo}")
    if(NOT v_rc EQUAL 0 OR NOT v_out MATCHES "Validation was successful")
        fail("appstreamcli validate --no-net ${metainfo} failed (${v_rc}):\n${v_out}\n${v_err}")
    endif()

    file(READ "${metainfo}" content)
    require_match("${content}" "<id>${app_id}</id>" "the component id is not ${app_id}")
    require_match("${content}" "<launchable type=\"desktop-id\">${app_id}\\.desktop</launchable>"
                  "the metainfo does not launch ${app_id}.desktop")
    require_match("${content}" "<metadata_license>(CC0-1\\.0|FSFAP)</metadata_license>"
                  "the metadata license is not CC0-1.0 or FSFAP")
    require_match("${content}" "<project_license>GPL-3\\.0-or-later</project_license>"
                  "the project license is not GPL-3.0-or-later")
    require_match("${content}" "<summary>[^<]+</summary>" "no English summary")
    require_match("${content}" "<summary xml:lang=\"nl\">[^<]+</summary>" "no Dutch summary")
    require_match("${content}" "<description>[ \n]*<p>" "no English description")
    require_match("${content}" "<p xml:lang=\"nl\">" "no Dutch description")
    string(REPLACE "." "\\." version_re "${VERSION}")
    require_match("${content}" "<release version=\"${version_re}\" date=\"[0-9]+-[0-9]+-[0-9]+\""
                  "no release ${VERSION} with a date (project(VERSION) is ${VERSION})")
    require_match("${content}" "<content_rating type=\"oars-1\\.[01]\"" "no OARS content rating")
    require_match("${content}" "<mediatype>${mime_type}</mediatype>"
                  "the metainfo does not provide the media type ${mime_type}")

# ---------------------------------------------------------------------------
elseif(CHECK STREQUAL "mime_type")
    need_tool(update_mime update-mime-database shared-mime-info)
    need_tool(xdg_mime xdg-mime xdg-utils)
    # Without a desktop, xdg-mime asks mimetype(1); without it, file(1), which
    # knows SQLite but not the shared MIME database.
    need_tool(mimetype mimetype libfile-mimeinfo-perl)
    need_tool(sqlite3 sqlite3 sqlite3)
    need_file("${share}/mime/packages/${app_id}.xml" "the MIME package")
    need_file("${usr}/bin/kanttekening" "the binary")
    set(freedesktop /usr/share/mime/packages/freedesktop.org.xml)
    if(NOT EXISTS "${freedesktop}")
        fail("${freedesktop} not found; install Debian's shared-mime-info (./build.sh installs it)")
    endif()
    use_installed_tree()

    file(REMOVE_RECURSE "${WORK}/system")
    file(MAKE_DIRECTORY "${WORK}/system/mime/packages")
    file(COPY_FILE "${freedesktop}" "${WORK}/system/mime/packages/freedesktop.org.xml")
    foreach(dir "${WORK}/system/mime" "${share}/mime")
        run(u "${update_mime}" "${dir}")
        if(NOT u_rc EQUAL 0 OR NOT u_err STREQUAL "")
            fail("update-mime-database ${dir} failed or complained (${u_rc}):\n${u_out}\n${u_err}")
        endif()
    endforeach()
    need_file("${share}/mime/${mime_type}.xml" "update-mime-database's entry for ${mime_type}")

    # A real project, made by the installed program, under three names; and a
    # plain SQLite database, which shares the first 16 bytes but not byte 68.
    file(REMOVE_RECURSE "${WORK}/files")
    file(MAKE_DIRECTORY "${WORK}/files")
    set(project "${WORK}/files/project.ktk")
    run(s "${usr}/bin/kanttekening" sample "${project}")
    if(NOT s_rc EQUAL 0 OR NOT EXISTS "${project}")
        fail("${usr}/bin/kanttekening sample ${project} failed (${s_rc}):\n${s_out}\n${s_err}")
    endif()
    file(COPY_FILE "${project}" "${WORK}/files/renamed.db")
    file(COPY_FILE "${project}" "${WORK}/files/no-suffix")
    run(q "${sqlite3}" "${WORK}/files/plain.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
    if(NOT q_rc EQUAL 0)
        fail("sqlite3 could not make ${WORK}/files/plain.db:\n${q_err}")
    endif()

    set(cases
        "project.ktk|${mime_type}|by its *.ktk name"
        "renamed.db|${mime_type}|by content (SQLite header and application_id KTK1 at byte 68): the magic rule"
        "no-suffix|${mime_type}|by content, without any suffix: the magic rule"
        "plain.db|application/vnd.sqlite3|as a plain SQLite database: the magic rule must check byte 68, not only the SQLite header")
    foreach(case IN LISTS cases)
        string(REPLACE "|" ";" case "${case}")
        list(GET case 0 name)
        list(GET case 1 want)
        list(GET case 2 why)
        run(f "${xdg_mime}" query filetype "${WORK}/files/${name}")
        if(NOT f_rc EQUAL 0 OR NOT f_out STREQUAL want)
            fail("xdg-mime query filetype ${name} gave \"${f_out}\" (exit ${f_rc}), not ${want}, "
                 "which it should recognise ${why}. XDG_DATA_DIRS=$ENV{XDG_DATA_DIRS}\n${f_err}")
        endif()
        message(STATUS "${name}: ${f_out}")
    endforeach()

# ---------------------------------------------------------------------------
elseif(CHECK STREQUAL "default_application")
    need_tool(update_desktop update-desktop-database desktop-file-utils)
    need_tool(xdg_mime xdg-mime xdg-utils)
    need_file("${share}/applications/${app_id}.desktop" "the .desktop file")
    use_installed_tree()
    run(u "${update_desktop}" "${share}/applications")
    if(NOT u_rc EQUAL 0)
        fail("update-desktop-database ${share}/applications failed (${u_rc}):\n${u_out}\n${u_err}")
    endif()
    run(d "${xdg_mime}" query default ${mime_type})
    if(NOT d_rc EQUAL 0 OR NOT d_out STREQUAL "${app_id}.desktop")
        fail("xdg-mime query default ${mime_type} gave \"${d_out}\" (exit ${d_rc}), "
             "not ${app_id}.desktop; is MimeType= in the .desktop file?\n${d_err}")
    endif()
    message(STATUS "xdg-mime query default ${mime_type}: ${d_out}")

else()
    message(FATAL_ERROR "check_install.cmake: unknown CHECK \"${CHECK}\"")
endif()
