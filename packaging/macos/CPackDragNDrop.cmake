# CPack DragNDrop (DMG) settings, included from packaging/CMakeLists.txt on macOS.
set(CPACK_DMG_VOLUME_NAME "BTC Worker ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_LIST_DIR}/btc-worker.icns)
set(CPACK_PACKAGE_FILE_NAME "BTC-Worker-${PROJECT_VERSION}-macOS")
# The licence (CPACK_RESOURCE_FILE_LICENSE) is for the NSIS page; a DMG licence agreement needs tools newer macOS
# versions no longer have.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
