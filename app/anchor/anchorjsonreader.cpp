// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor/anchorjsonreader.h"

#include <climits>
#include <cstring>

namespace ktk {

namespace {

class Cursor
{
public:
    explicit Cursor(const QByteArray &bytes) : m_p(bytes.constData()), m_end(bytes.constData() + bytes.size()) {}

    bool atEnd() const { return m_p == m_end; }

    bool literal(const char *text)
    {
        const size_t n = std::strlen(text);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, text, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    // A JSON integer as QJsonValue::toInt() would accept it; anything with a
    // fraction or exponent is left to the general parser.
    bool integer(int *out)
    {
        const char *p = m_p;
        const bool negative = p < m_end && *p == '-';
        if (negative)
            ++p;
        qint64 value = 0;
        const char *digits = p;
        while (p < m_end && *p >= '0' && *p <= '9' && p - digits < 10)
            value = value * 10 + (*p++ - '0');
        if (p == digits || (p - digits > 1 && *digits == '0'))
            return false;
        if (p < m_end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'))
            return false;
        value = negative ? -value : value;
        if (value < INT_MIN || value > INT_MAX)
            return false;
        *out = int(value);
        m_p = p;
        return true;
    }

    bool string(QString *out)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *p = m_p + 1;
        const char *run = p;
        QString result;
        auto flush = [&] {
            if (p > run)
                result += QString::fromUtf8(run, p - run);
        };
        while (p < m_end) {
            const char c = *p;
            if (c == '"') {
                flush();
                *out = result;
                m_p = p + 1;
                return true;
            }
            if (uchar(c) < 0x20)
                return false;   // not valid JSON: let the general parser say so
            if (c != '\\') {
                ++p;
                continue;
            }
            flush();
            if (++p == m_end)
                return false;
            switch (*p) {
            case '"': result += u'"'; break;
            case '\\': result += u'\\'; break;
            case '/': result += u'/'; break;
            case 'b': result += u'\b'; break;
            case 'f': result += u'\f'; break;
            case 'n': result += u'\n'; break;
            case 'r': result += u'\r'; break;
            case 't': result += u'\t'; break;
            case 'u': {
                if (m_end - p < 5)
                    return false;
                char16_t unit = 0;
                for (int i = 1; i <= 4; ++i) {
                    const char h = p[i];
                    const int v = (h >= '0' && h <= '9') ? h - '0'
                                : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                                : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
                    if (v < 0)
                        return false;
                    unit = char16_t(unit * 16 + v);
                }
                // Surrogate halves arrive as two escapes and pair up in UTF-16.
                result += QChar(unit);
                p += 4;
                break;
            }
            default:
                return false;
            }
            run = ++p;
        }
        return false;
    }

    // A JSON number, read as QJsonValue::toDouble() reads it (Qt's own
    // locale-free conversion, never strtod, which follows LC_NUMERIC).
    bool number(double *out)
    {
        const char *p = m_p;
        if (p < m_end && *p == '-')
            ++p;
        const char *digits = p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        if (p == digits || (p - digits > 1 && *digits == '0'))
            return false;
        if (p < m_end && *p == '.') {
            const char *fraction = ++p;
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
            if (p == fraction)
                return false;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            const char *exponent = p;
            while (p < m_end && *p >= '0' && *p <= '9')
                ++p;
            if (p == exponent)
                return false;
        }
        if (p - m_p > 40)
            return false;
        bool ok = false;
        const double value = QByteArray::fromRawData(m_p, p - m_p).toDouble(&ok);
        if (!ok)
            return false;
        *out = value;
        m_p = p;
        return true;
    }

    bool textSelector(TextSelector *t)
    {
        return literal(R"({"end":)") && integer(&t->end) && literal(R"(,"exact":)") && string(&t->exact)
            && literal(R"(,"prefix":)") && string(&t->prefix) && literal(R"(,"start":)") && integer(&t->start)
            && literal(R"(,"suffix":)") && string(&t->suffix) && literal("}");
    }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace

bool AnchorJsonReader::readTextAnchor(const QByteArray &utf8Json, Anchor *anchor)
{
    // QJsonDocument writes keys in sorted order and, compact, without spaces.
    Cursor c(utf8Json);
    TextSelector t;
    if (c.literal(R"({"kind":"text","text":{"end":)") && c.integer(&t.end) && c.literal(R"(,"exact":)")
        && c.string(&t.exact) && c.literal(R"(,"prefix":)") && c.string(&t.prefix) && c.literal(R"(,"start":)")
        && c.integer(&t.start) && c.literal(R"(,"suffix":)") && c.string(&t.suffix) && c.literal("}}")
        && c.atEnd()) {
        // As fromJson does, so both readers give the same anchor.
        *anchor = Anchor::forText(t.boundedForLoading());
        return true;
    }
    return false;
}

bool AnchorJsonReader::readPageAnchor(const QByteArray &utf8Json, Anchor *anchor)
{
    // {"kind":"page"|"area","pages":[{"page":N,"quads":[[8 numbers],...]},...],"text":{...}}
    // Only the plain case: every region valid, every quad of four points,
    // within the limits, and an area of one region. Then forPages/forArea
    // give exactly what fromJson gives; anything else goes to fromJson.
    Cursor c(utf8Json);
    bool area = false;
    if (c.literal(R"({"kind":"area","pages":[)"))
        area = true;
    else if (!c.literal(R"({"kind":"page","pages":[)"))
        return false;
    QVector<PageSelector> regions;
    int quadCount = 0;
    do {
        PageSelector region;
        if (!c.literal(R"({"page":)") || !c.integer(&region.page) || region.page < 0 || !c.literal(R"(,"quads":[)"))
            return false;
        do {
            if (!c.literal("["))
                return false;
            QPolygonF quad;
            quad.reserve(PageSelector::QuadPoints);
            for (int i = 0; i < PageSelector::QuadPoints; ++i) {
                double x = 0, y = 0;
                if ((i > 0 && !c.literal(",")) || !c.number(&x) || !c.literal(",") || !c.number(&y))
                    return false;
                quad.append(QPointF(x, y));
            }
            if (!c.literal("]") || ++quadCount > PageSelector::MaxQuads)
                return false;
            region.quads.append(quad);
        } while (c.literal(","));
        if (!c.literal("]}") || regions.size() == Anchor::MaxRegions)
            return false;
        regions.append(region);
    } while (c.literal(","));
    if (!c.literal("]"))
        return false;
    TextSelector t;
    if (c.literal(R"(,"text":)") && !c.textSelector(&t))
        return false;
    if (!c.literal("}") || !c.atEnd() || (area && regions.size() != 1))
        return false;
    t = t.boundedForLoading();
    *anchor = area ? Anchor::forArea(regions.first(), t) : Anchor::forPages(regions, t);
    return true;
}

Anchor AnchorJsonReader::read(const QByteArray &utf8Json)
{
    Anchor anchor;
    if (readTextAnchor(utf8Json, &anchor) || readPageAnchor(utf8Json, &anchor))
        return anchor;
    return Anchor::fromJson(QString::fromUtf8(utf8Json));
}

} // namespace ktk
