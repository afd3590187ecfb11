// The window's icons: our SVGs (crisp at any DPI), with a QStyle standard icon when SVG support is missing.
#pragma once

#include <QIcon>

namespace btcw::Icons {

enum Name
{
    App,
    Hostname,
    Onion,
    IpAddress,
    StateUnknown,
    StateChecking,
    StateUp,
    StateDown,
    StateFork, // up, but on another chain than most servers
    Warning,
    Pinned,
    CheckAll,
    AddServer,
    Console,
    Settings,
};

QIcon get(Name name);

} // namespace btcw::Icons
