// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/safetextdocument.h"

#include <QFont>
#include <QUrl>

namespace ktk {

namespace {

QVariant refuseAllButDataImages(int type, const QUrl &url)
{
    if (type != QTextDocument::ImageResource)
        return QVariant();
    const QByteArray image = SafeTextDocument::dataUrlImage(url);
    return image.isEmpty() ? QVariant() : QVariant(image);
}

} // namespace

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{
    installRefusingProvider(this);
    // Without a QGuiApplication (the command line) the default font has no
    // size, and every heading makes Qt warn about a negative pixel size.
    QFont font = defaultFont();
    if (font.pointSizeF() <= 0 && font.pixelSize() <= 0) {
        font.setPixelSize(16);
        setDefaultFont(font);
    }
}

void SafeTextDocument::installRefusingProvider(QTextDocument *document)
{
    // QTextDocument::resource() asks loadResource() first and the provider
    // only after that; a provider of our own keeps a global default provider
    // (which might fetch URLs) from ever being asked.
    document->setResourceProvider([](const QUrl &url) {
        return refuseAllButDataImages(QTextDocument::ImageResource, url);
    });
}

QByteArray SafeTextDocument::dataUrlImage(const QUrl &url)
{
    if (url.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) != 0)
        return QByteArray();
    // data:[<media type>][;base64],<payload>
    const QByteArray encoded = url.toEncoded(QUrl::RemoveScheme);
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0)
        return QByteArray();
    const QByteArray header = QByteArray::fromPercentEncoding(encoded.left(comma)).trimmed().toLower();
    if (!header.startsWith("image/"))
        return QByteArray();
    const QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
    if (header.endsWith(";base64"))
        return QByteArray::fromBase64(payload);
    return payload;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    return refuseAllButDataImages(type, name);
}

} // namespace ktk
