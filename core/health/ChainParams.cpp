#include "ChainParams.h"

#include <QCryptographicHash>
#include <algorithm>
#include <array>

namespace btcw {

namespace {

constexpr int kHeaderBytes = 80;

struct NetworkInfo
{
    BitcoinNetwork network;
    QLatin1String name;
    QLatin1String genesis;
};

constexpr std::array<NetworkInfo, 5> kNetworks{{
    {BitcoinNetwork::Mainnet, QLatin1String("mainnet"),
     QLatin1String("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f")},
    {BitcoinNetwork::Testnet3, QLatin1String("testnet3"),
     QLatin1String("000000000933ea01ad0ee984209779baaec3ced90fa3f408719526f8d77f4943")},
    {BitcoinNetwork::Testnet4, QLatin1String("testnet4"),
     QLatin1String("00000000da84f2bafbbc53dee25a72ae507ff4914b867c565be350b0da8bf043")},
    {BitcoinNetwork::Signet, QLatin1String("signet"),
     QLatin1String("00000008819873e925422c1ff0f99f7cc9bbb232af63a077a480a3633bee1ef6")},
    {BitcoinNetwork::Regtest, QLatin1String("regtest"),
     QLatin1String("0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206")},
}};

const NetworkInfo& infoFor(BitcoinNetwork network)
{
    for (const NetworkInfo& info : kNetworks) {
        if (info.network == network)
            return info;
    }
    return kNetworks.front();
}

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

QString networkName(BitcoinNetwork network)
{
    return infoFor(network).name;
}

std::optional<BitcoinNetwork> networkFromName(QStringView name)
{
    for (const NetworkInfo& info : kNetworks) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info.network;
    }
    if (name.compare(QLatin1String("testnet"), Qt::CaseInsensitive) == 0)
        return BitcoinNetwork::Testnet3;
    return std::nullopt;
}

QString genesisHash(BitcoinNetwork network)
{
    return infoFor(network).genesis;
}

std::optional<BitcoinNetwork> networkForGenesis(QStringView hash)
{
    for (const NetworkInfo& info : kNetworks) {
        if (hash.compare(info.genesis, Qt::CaseInsensitive) == 0)
            return info.network;
    }
    return std::nullopt;
}

Result<QString> blockHeaderHash(const QByteArray& header)
{
    if (header.size() != kHeaderBytes)
        return Error::make(ErrorKind::Protocol,
                           QStringLiteral("A block header has %1 bytes, not %2.").arg(header.size()).arg(kHeaderBytes));
    const QByteArray once = QCryptographicHash::hash(header, QCryptographicHash::Sha256);
    QByteArray twice = QCryptographicHash::hash(once, QCryptographicHash::Sha256);
    std::reverse(twice.begin(), twice.end());
    return QString::fromLatin1(twice.toHex());
}

Result<QString> blockHeaderHashFromHex(QStringView hex)
{
    if (hex.size() != 2 * kHeaderBytes || !isHex(hex))
        return Error::make(ErrorKind::Protocol,
                           QStringLiteral("A block header must be %1 hex characters; got %2 characters.")
                               .arg(2 * kHeaderBytes)
                               .arg(hex.size()));
    return blockHeaderHash(QByteArray::fromHex(hex.toLatin1()));
}

} // namespace btcw
