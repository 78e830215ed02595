// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/anchor.h"

#include "anchor/anchorjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ktk {

TextSelector TextSelector::fromRange(const QString &text, int start, int end)
{
    TextSelector s;
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    s.start = start;
    s.end = end;
    s.exact = text.mid(start, end - start);
    const int prefixStart = qMax(0, start - ContextLength);
    s.prefix = text.mid(prefixStart, start - prefixStart);
    s.suffix = text.mid(end, ContextLength);
    return s;
}

namespace {

// Cuts without splitting a surrogate pair, which would leave half a
// character at the cut.
QString rightWhole(const QString &s, qsizetype n)
{
    if (s.size() <= n)
        return s;
    QString r = s.right(n);
    if (r.front().isLowSurrogate())
        r.remove(0, 1);
    return r;
}

QString leftWhole(const QString &s, qsizetype n)
{
    if (s.size() <= n)
        return s;
    QString l = s.left(n);
    if (l.back().isHighSurrogate())
        l.chop(1);
    return l;
}

QString kindKey(Anchor::Kind kind)
{
    switch (kind) {
    case Anchor::Kind::Text: return QStringLiteral("text");
    case Anchor::Kind::Page: return QStringLiteral("page");
    case Anchor::Kind::Area: return QStringLiteral("area");
    }
    return QStringLiteral("text");
}

} // namespace

TextSelector TextSelector::boundedForLoading() const
{
    TextSelector s = *this;
    s.prefix = rightWhole(prefix, MaxContextLength);
    s.suffix = leftWhole(suffix, MaxContextLength);
    if (!s.isValid())
        s.start = s.end = -1;
    return s;
}

Anchor Anchor::forText(const TextSelector &text)
{
    Anchor a;
    a.m_kind = Kind::Text;
    a.m_text = text;
    return a;
}

Anchor Anchor::forPage(const PageSelector &page, const TextSelector &text)
{
    return forPages({page}, text);
}

Anchor Anchor::forPages(const QVector<PageSelector> &regions, const TextSelector &text)
{
    Anchor a;
    a.m_kind = Kind::Page;
    for (PageSelector r : regions) {
        // QPolygonF(QRectF) closes the polygon with a fifth point; a quad
        // has four, which is what the file keeps.
        for (QPolygonF &quad : r.quads) {
            if (quad.size() == PageSelector::QuadPoints + 1 && quad.isClosed())
                quad.removeLast();
        }
        if (r.isValid())
            a.m_regions.append(r);
    }
    a.m_text = text;
    return a;
}

Anchor Anchor::forArea(const PageSelector &region, const TextSelector &text)
{
    Anchor a = forPage(region, text);
    a.m_kind = Kind::Area;
    return a;
}

const PageSelector &Anchor::page() const
{
    static const PageSelector none;
    return m_regions.isEmpty() ? none : m_regions.first();
}

QVector<QPolygonF> Anchor::quadsOnPage(int page) const
{
    QVector<QPolygonF> quads;
    for (const PageSelector &r : m_regions) {
        if (r.page == page)
            quads += r.quads;
    }
    return quads;
}

bool Anchor::isValid() const
{
    if (m_kind == Kind::Text)
        return m_text.isValid();
    return !m_regions.isEmpty()
        && std::all_of(m_regions.cbegin(), m_regions.cend(), [](const PageSelector &r) { return r.isValid(); });
}

qint64 Anchor::positionKey() const
{
    if (m_kind == Kind::Text)
        return m_text.start;
    // Page first, then top edge of the first quad (in 1/10000 of the page),
    // then left edge, so claims sort in reading order on a page.
    const PageSelector &first = page();
    qreal top = 0, left = 0;
    if (!first.quads.isEmpty()) {
        const QRectF r = first.quads.first().boundingRect();
        top = r.top();
        left = r.left();
    }
    return qint64(qMax(0, first.page)) * 100000000ll + qint64(qBound(0.0, top, 1.0) * 9999) * 10000ll
         + qint64(qBound(0.0, left, 1.0) * 9999);
}

Anchor Anchor::fromUtf8Json(const QByteArray &json)
{
    return AnchorJsonReader::read(json);
}

QString Anchor::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindKey(m_kind));
    if (m_text.isValid() || !m_text.exact.isEmpty()) {
        QJsonObject t;
        t.insert(QStringLiteral("start"), m_text.start);
        t.insert(QStringLiteral("end"), m_text.end);
        t.insert(QStringLiteral("exact"), m_text.exact);
        t.insert(QStringLiteral("prefix"), m_text.prefix);
        t.insert(QStringLiteral("suffix"), m_text.suffix);
        o.insert(QStringLiteral("text"), t);
    }
    if (isOnPages()) {
        QJsonArray pages;
        for (const PageSelector &region : m_regions) {
            QJsonObject p;
            p.insert(QStringLiteral("page"), region.page);
            QJsonArray quads;
            for (const QPolygonF &quad : region.quads) {
                QJsonArray points;
                for (const QPointF &pt : quad) {
                    points.append(pt.x());
                    points.append(pt.y());
                }
                quads.append(points);
            }
            p.insert(QStringLiteral("quads"), quads);
            pages.append(p);
        }
        o.insert(QStringLiteral("pages"), pages);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Anchor Anchor::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    Anchor a;
    const QJsonObject t = o.value(QStringLiteral("text")).toObject();
    if (!t.isEmpty()) {
        a.m_text.start = t.value(QStringLiteral("start")).toInt(-1);
        a.m_text.end = t.value(QStringLiteral("end")).toInt(-1);
        a.m_text.exact = t.value(QStringLiteral("exact")).toString();
        a.m_text.prefix = t.value(QStringLiteral("prefix")).toString();
        a.m_text.suffix = t.value(QStringLiteral("suffix")).toString();
        a.m_text = a.m_text.boundedForLoading();
    }
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("page") || kind == QLatin1String("area")) {
        a.m_kind = kind == QLatin1String("area") ? Kind::Area : Kind::Page;
        // "pages" since claims may cross a page break; a single "page" before.
        QJsonArray pages = o.value(QStringLiteral("pages")).toArray();
        if (pages.isEmpty() && o.value(QStringLiteral("page")).isObject())
            pages.append(o.value(QStringLiteral("page")));
        int quadCount = 0;
        for (const QJsonValue &pv : qAsConst(pages)) {
            if (a.m_regions.size() == MaxRegions || quadCount == PageSelector::MaxQuads)
                break;
            const QJsonObject p = pv.toObject();
            PageSelector region;
            region.page = p.value(QStringLiteral("page")).toInt(-1);
            const QJsonArray quads = p.value(QStringLiteral("quads")).toArray();
            for (const QJsonValue &q : quads) {
                if (quadCount == PageSelector::MaxQuads)
                    break;
                const QJsonArray points = q.toArray();
                QPolygonF quad;
                for (int i = 0; i + 1 < points.size() && quad.size() < PageSelector::QuadPoints; i += 2)
                    quad.append(QPointF(points.at(i).toDouble(), points.at(i + 1).toDouble()));
                region.quads.append(quad);
                ++quadCount;
            }
            a.m_regions.append(region);
        }
    } else if (kind != QLatin1String("text")) {
        return {};
    }
    return a;
}

} // namespace ktk
