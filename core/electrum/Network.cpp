#include "Network.h"

#include <array>

namespace btcw {

namespace {

struct NetworkInfo
{
    BitcoinNetwork network;
    QLatin1String name;
    QLatin1String genesis;
};

constexpr std::array<NetworkInfo, 5> kNetworks{{
    {BitcoinNetwork::Mainnet, QLatin1String("mainnet"),
     QLatin1String("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f")},
    {BitcoinNetwork::Testnet3, QLatin1String("testnet"),
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

} // namespace

QString networkName(BitcoinNetwork network)
{
    return infoFor(network).name;
}

QStringList networkNames()
{
    QStringList names;
    for (const NetworkInfo& info : kNetworks)
        names.append(info.name);
    return names;
}

std::optional<BitcoinNetwork> networkFromName(QStringView name)
{
    for (const NetworkInfo& info : kNetworks) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info.network;
    }
    if (name.compare(QLatin1String("testnet3"), Qt::CaseInsensitive) == 0)
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

} // namespace btcw
