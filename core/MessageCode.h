// A user-facing engine message as a stable code with its arguments, so the window can word it in the user's
// language while the API keeps the English text it travels beside.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace btcw {

struct MessageCode
{
    QString id;       // e.g. "check.connected"; empty when the message has no code (the English text stands alone)
    QStringList args; // in the order the English text uses them

    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const MessageCode&) const = default;

    // {"id": …, "args": […]}; an empty code is an empty object.
    QJsonObject toJson() const
    {
        if (id.isEmpty())
            return {};
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    }
    static MessageCode fromJson(const QJsonObject& json)
    {
        MessageCode code;
        code.id = json.value(QLatin1String("id")).toString();
        for (const QJsonValue& arg : json.value(QLatin1String("args")).toArray())
            code.args.append(arg.toString());
        return code;
    }
};

} // namespace btcw
