// The hash of an 80-byte block header (the networks themselves are in electrum/Network.h).
#pragma once

#include "Result.h"
#include "electrum/Network.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace btcw {

// Double SHA-256 of the 80-byte header, byte-reversed, lower-case hex.
Result<QString> blockHeaderHash(const QByteArray& header);
// The same from the header's hex as Electrum sends it; a wrong length or non-hex text is an error.
Result<QString> blockHeaderHashFromHex(QStringView hex);

} // namespace btcw
