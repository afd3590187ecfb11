// The OpenAPI document and the bundled Swagger UI, served from Qt resources (works offline).
#pragma once

#include "HttpReply.h"

#include <QString>
#include <optional>

namespace btcw {

// GET /openapi.json
HttpReply openApiReply();
// GET /docs and /docs/<asset>; nullopt for an unknown asset.
std::optional<HttpReply> docsReply(const QString& path);

} // namespace btcw
