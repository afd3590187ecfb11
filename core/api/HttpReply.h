// A complete HTTP answer as plain data: what controllers return and HttpCompat writes to the wire.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace btcw {

struct HttpReply
{
    int status = 200; // HttpStatus::Ok (Problem.h names every status)
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length

    static HttpReply json(const QJsonDocument& document, int status = 200 /* HttpStatus::Ok */)
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
