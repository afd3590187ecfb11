// A complete HTTP answer as plain data: what controllers return and HttpCompat writes to the wire.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace btcw {

// Statuses of answers that are not problems (problems get theirs from Problem.h's table).
namespace HttpStatus {
inline constexpr int Ok = 200;
inline constexpr int Accepted = 202;    // a scan was started
inline constexpr int Found = 302;       // / redirects to /docs
inline constexpr int NotModified = 304; // If-None-Match matched
} // namespace HttpStatus

struct HttpReply
{
    int status = HttpStatus::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length

    static HttpReply json(const QJsonDocument& document, int status = HttpStatus::Ok)
    {
        HttpReply r;
        r.status = status;
        r.contentType = QByteArrayLiteral("application/json");
        r.body = document.toJson(QJsonDocument::Compact);
        return r;
    }
    HttpReply& withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    // The first value of a header (case-insensitive name), empty if absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace btcw
