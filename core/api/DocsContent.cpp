#include "DocsContent.h"

#include "Problem.h"

#include <QFile>
#include <QHash>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

std::optional<HttpReply> resourceReply(const QString& resource, const QByteArray& contentType)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    HttpReply reply;
    reply.contentType = contentType;
    reply.body = file.readAll();
    // The files are compiled in: they change only with a new build.
    reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return reply;
}

} // namespace

HttpReply openApiReply()
{
    if (auto reply = resourceReply(u":/btcw/api/openapi.json"_s, QByteArrayLiteral("application/json")))
        return *reply;
    return problemReply(Error::make(ErrorKind::Internal, u"openapi.json is missing from this build"_s),
                        u"/openapi.json"_s);
}

std::optional<HttpReply> docsReply(const QString& path)
{
    // Only the files the page needs, by exact name: no path is ever built from the request.
    static const QHash<QString, QPair<QString, QByteArray>> assets{
        {u"/docs"_s, {u":/btcw/api/docs/index.html"_s, QByteArrayLiteral("text/html; charset=utf-8")}},
        {u"/docs/"_s, {u":/btcw/api/docs/index.html"_s, QByteArrayLiteral("text/html; charset=utf-8")}},
        {u"/docs/index.html"_s, {u":/btcw/api/docs/index.html"_s, QByteArrayLiteral("text/html; charset=utf-8")}},
        {u"/docs/initializer.js"_s,
         {u":/btcw/api/docs/initializer.js"_s, QByteArrayLiteral("text/javascript; charset=utf-8")}},
        {u"/docs/swagger-ui.css"_s,
         {u":/btcw/api/docs/swagger-ui.css"_s, QByteArrayLiteral("text/css; charset=utf-8")}},
        {u"/docs/swagger-ui-bundle.js"_s,
         {u":/btcw/api/docs/swagger-ui-bundle.js"_s, QByteArrayLiteral("text/javascript; charset=utf-8")}},
        {u"/docs/swagger-ui-standalone-preset.js"_s,
         {u":/btcw/api/docs/swagger-ui-standalone-preset.js"_s, QByteArrayLiteral("text/javascript; charset=utf-8")}},
        {u"/docs/favicon-16x16.png"_s, {u":/btcw/api/docs/favicon-16x16.png"_s, QByteArrayLiteral("image/png")}},
        {u"/docs/favicon-32x32.png"_s, {u":/btcw/api/docs/favicon-32x32.png"_s, QByteArrayLiteral("image/png")}},
    };
    const auto it = assets.constFind(path);
    if (it == assets.constEnd())
        return std::nullopt;
    return resourceReply(it->first, it->second);
}

} // namespace btcw
