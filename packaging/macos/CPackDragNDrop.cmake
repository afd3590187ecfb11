# CPack DragNDrop (DMG) settings, included from packaging/CMakeLists.txt on macOS.
set(CPACK_DMG_VOLUME_NAME "BTC Worker ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_LIST_DIR}/btc-worker.icns)
set(CPACK_PACKAGE_FILE_NAME "BTC-Worker-${PROJECT_VERSION}-macOS")
