// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/textpdftypesetter.h"

#include "export/pdfpage_p.h"
#include "import/documentrenderer.h"
#include "import/safetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextList>
#include <QTextObjectInterface>

#include <algorithm>

namespace ktk {

namespace {

constexpr int MarkerObjectType = QTextFormat::UserObject + 71;
constexpr int MarkerNumberProperty = QTextFormat::UserProperty + 71;
constexpr int MarkerColourProperty = QTextFormat::UserProperty + 72;

// The numbered marker before a claim. It is an inline object, not text: it
// takes room in the line, but it is drawn as outlines, so the PDF's text
// layer holds the article's words and nothing else (a "[2]" inside another
// claim would otherwise be part of that claim's text under its quads).
class MarkerObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static QString label(const QTextFormat &format)
    {
        return QLatin1Char('[') + QString::number(format.intProperty(MarkerNumberProperty)) + QLatin1Char(']');
    }
    static QFont markerFont(const QTextFormat &format)
    {
        QFont f = format.toCharFormat().font();
        const qreal base = f.pointSizeF() > 0 ? f.pointSizeF() : 10.5;
        f.setPointSizeF(base * 0.62);
        f.setBold(true);
        f.setItalic(false);
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QFont f = markerFont(format);
        QFontMetricsF fm(f, doc->documentLayout()->paintDevice());
        // As tall as the marker raised by a third of the body size: the line
        // keeps its height.
        return QSizeF(fm.horizontalAdvance(label(format)) + 2.5, fm.ascent());
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        QPainterPath path;
        const QFont f = markerFont(format);
        const qreal raise = f.pointSizeF() * 0.55;
        path.addText(QPointF(rect.left() + 0.5, rect.bottom() - raise), f, label(format));
        QColor c = format.colorProperty(MarkerColourProperty);
        if (!c.isValid())
            c = Qt::darkGray;
        // The claim's colour, dark enough to read on white.
        c = QColor::fromHslF(c.hslHueF(), std::min<float>(1.0f, c.hslSaturationF()), 0.32f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, c);
        painter->restore();
    }
};

struct LineBox
{
    int page = 0;
    QRectF rect;    // points, on the page, origin top-left
};

QString formatDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

Result<TypesetResult> TextPdfTypesetter::typeset(const Document &document, const QVector<ExportClaim> &claims,
                                                const PdfExportOptions &options, const ExportProgress &progress)
{
    const bool marginNotes = options.notes == NotePlacement::Margin;
    const pdfpage::PageGeometry geometry = pdfpage::PageGeometry::forLocale(marginNotes);
    const QSizeF paper = geometry.paper;
    const QRectF body = geometry.body;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    pdfpage::setUpWriter(writer, geometry, document.meta.title);

    SafeTextDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(pdfpage::bodyFont());
    doc.setUseDesignMetrics(true);
    DocumentRenderer::render(document, &doc);
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    {
        // Rich text may set fonts of its own; none of them may form ligatures.
        QTextCursor all(&doc);
        all.select(QTextCursor::Document);
        QTextCharFormat f;
        f.setFontStyleStrategy(QFont::PreferNoShaping);
        all.mergeCharFormat(f);
    }

    // The header on page 1 takes the room of a top margin of the first block.
    SafeTextDocument header;
    header.documentLayout()->setPaintDevice(&writer);
    header.setDefaultFont(pdfpage::bodyFont());
    header.setUseDesignMetrics(true);
    header.setDocumentMargin(0);
    header.setTextWidth(body.width());
    {
        QTextCursor c(&header);
        QTextCharFormat titleFormat;
        QFont tf = pdfpage::headingFont(17);
        titleFormat.setFont(tf);
        const QString title = document.meta.title.trimmed().isEmpty() ? tr("Untitled document") : document.meta.title.trimmed();
        c.insertText(title, titleFormat);
        QStringList facts;
        if (!document.meta.author.trimmed().isEmpty())
            facts << document.meta.author.trimmed();
        if (document.meta.publishedOn.isValid())
            facts << formatDate(document.meta.publishedOn);
        if (!document.meta.language.isEmpty()) {
            const QLocale lang(document.meta.language);
            // The language's own name ("Nederlands"): languageToString() knows only English.
            const QString name = lang.language() == QLocale::C ? document.meta.language
                                                               : lang.nativeLanguageName();
            //: In the header of an exported document: the language it is written in
            facts << tr("Language: %1").arg(name);
        }
        QTextBlockFormat small;
        small.setTopMargin(4);
        QTextCharFormat smallFormat;
        smallFormat.setFont(pdfpage::sansFont(9));
        smallFormat.setForeground(QColor(60, 60, 60));
        if (!facts.isEmpty()) {
            c.insertBlock(small);
            c.insertText(facts.join(QStringLiteral(" \u00b7 ")), smallFormat);
        }
        if (!document.meta.sourceUrl.trimmed().isEmpty()) {
            c.insertBlock(small);
            //: In the header of an exported document: where it was found
            c.insertText(tr("Source: %1").arg(document.meta.sourceUrl.trimmed()), smallFormat);
        }
    }
    const qreal headerHeight = header.size().height() + 7.0 * pdfpage::Mm;

    // Markers, inserted back to front so the original offsets before each
    // insertion stay valid.
    auto *markerHandler = new MarkerObject;
    markerHandler->setParent(&doc);
    doc.documentLayout()->registerHandler(MarkerObjectType, markerHandler);
    const int textLength = doc.characterCount() - 1;
    QVector<int> order;
    for (int i = 0; i < claims.size(); ++i) {
        const TextSelector &t = claims.at(i).anchor.text();
        if (t.isValid() && t.end <= textLength)
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int sa = claims.at(a).anchor.text().start, sb = claims.at(b).anchor.text().start;
        if (sa != sb)
            return sa > sb;
        return claims.at(a).number > claims.at(b).number;
    });
    QVector<int> markerAt;   // original offsets, ascending
    markerAt.reserve(order.size());
    {
        QTextCursor c(&doc);
        c.beginEditBlock();
        for (int i : order) {
            const ExportClaim &claim = claims.at(i);
            const int start = claim.anchor.text().start;
            c.setPosition(start);
            QTextCharFormat f = c.charFormat();
            f.setObjectType(MarkerObjectType);
            f.setProperty(MarkerNumberProperty, claim.number);
            f.setProperty(MarkerColourProperty, claim.colour);
            f.setVerticalAlignment(QTextCharFormat::AlignNormal);
            c.insertText(QString(QChar::ObjectReplacementCharacter), f);
            markerAt.append(start);
        }
        c.endEditBlock();
    }
    std::reverse(markerAt.begin(), markerAt.end());
    // The header on page 1 is drawn into the room of an empty first block of
    // its height (a top margin would be dropped at the top of a page).
    constexpr int lead = 1;
    {
        QTextCursor c(&doc);
        c.setPosition(0);
        c.insertBlock();
        c.setPosition(0);
        if (QTextList *list = c.currentList())
            list->remove(c.block());
        QTextBlockFormat spacer;
        spacer.setLineHeight(headerHeight, QTextBlockFormat::FixedHeight);
        c.setBlockFormat(spacer);
        // Qt places the next block less than a fixed line height below an
        // empty line (its own height less, for a 13 pt font): measured, and
        // made up with a bottom margin, so the first line starts below the rule.
        const QTextBlock first = doc.begin().next();
        if (first.isValid() && first.layout() && first.layout()->lineCount() > 0) {
            const qreal top = doc.documentLayout()->blockBoundingRect(first).top() + first.layout()->lineAt(0).y();
            if (top < headerHeight) {
                spacer.setBottomMargin(headerHeight - top);
                c.setBlockFormat(spacer);
            }
        }
    }
    auto typesetStart = [&](int pos) { return lead + pos + int(std::upper_bound(markerAt.begin(), markerAt.end(), pos) - markerAt.begin()); };
    auto typesetEnd = [&](int pos) { return lead + pos + int(std::lower_bound(markerAt.begin(), markerAt.end(), pos) - markerAt.begin()); };

    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const int pageCount = std::max(1, doc.pageCount());
    const qreal pageHeight = doc.pageSize().height();

    auto lineBoxes = [&](int from, int to) {
        QVector<LineBox> boxes;
        for (QTextBlock b = doc.findBlock(from); b.isValid() && b.position() < to; b = b.next()) {
            QTextLayout *tl = b.layout();
            if (!tl || tl->lineCount() == 0)
                continue;
            // Where the layout's own position is, frames and table cells included.
            const QPointF origin = layout->blockBoundingRect(b).topLeft();
            for (int i = 0; i < tl->lineCount(); ++i) {
                const QTextLine line = tl->lineAt(i);
                const int ls = b.position() + line.textStart();
                int le = ls + line.textLength();
                // A line's trailing spaces are not under the highlight.
                const QString text = b.text();
                while (le > ls && text.at(le - 1 - b.position()).isSpace())
                    --le;
                const int a = std::max(from, ls), z = std::min(to, le);
                if (a >= z)
                    continue;
                qreal x1 = line.cursorToX(a - b.position()), x2 = line.cursorToX(z - b.position());
                if (x1 > x2)
                    std::swap(x1, x2);
                const QRectF r(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height());
                const int page = std::clamp(int(r.center().y() / pageHeight), 0, pageCount - 1);
                boxes.append({page, r.translated(body.left(), body.top() - page * pageHeight)});
            }
        }
        return boxes;
    };

    TypesetResult result;
    result.claims = claims;
    result.pageCount = pageCount;
    QVector<QVector<QPair<QRectF, QColor>>> fills(pageCount);
    struct MarginNote { qreal y; int number; QString text; };
    QVector<QVector<MarginNote>> notes(pageCount);
    for (int i : order) {
        ExportClaim &claim = result.claims[i];
        const TextSelector &t = claim.anchor.text();
        const QVector<LineBox> boxes = lineBoxes(typesetStart(t.start), typesetEnd(t.end));
        if (boxes.isEmpty())
            continue;
        QVector<PageSelector> regions;
        // Faint: the real highlight annotation is multiplied on top of it, and
        // two full fills made dark text hard to read. Alone (a reader that
        // hides annotations) it still shows where the claim is.
        QColor fill = claim.colour.isValid() ? claim.colour : QColor(255, 220, 0);
        fill.setAlphaF(0.12f);
        for (const LineBox &box : boxes) {
            if (regions.isEmpty() || regions.last().page != box.page)
                regions.append(PageSelector{box.page, {}});
            const QRectF &r = box.rect;
            QPolygonF quad;
            quad << QPointF(r.left() / paper.width(), r.top() / paper.height())
                 << QPointF(r.right() / paper.width(), r.top() / paper.height())
                 << QPointF(r.right() / paper.width(), r.bottom() / paper.height())
                 << QPointF(r.left() / paper.width(), r.bottom() / paper.height());
            regions.last().quads.append(quad);
            fills[box.page].append({r, fill});
        }
        claim.anchor = Anchor::forPages(regions, t);
        claim.page = boxes.first().page;
        if (marginNotes && !claim.note.trimmed().isEmpty())
            notes[claim.page].append({boxes.first().rect.top(), claim.number, QLatin1Char('[') + QString::number(claim.number) + QStringLiteral("] ") + claim.note.trimmed()});
    }

    // Blocks that cross a page break. QTextLayout::draw also draws the last
    // line above its clip, which a PDF keeps in its text layer, so the layout
    // draws a page only from below such a block and its lines on the page
    // are drawn one by one.
    QHash<int, QTextBlock> crossing;   // page -> block that runs onto it from above
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QRectF r = layout->blockBoundingRect(b);
        if (r.isEmpty())
            continue;
        const int first = int(r.top() / pageHeight), last = int((r.bottom() - 0.01) / pageHeight);
        for (int q = first + 1; q <= std::min(last, pageCount - 1); ++q)
            crossing.insert(q, b);
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return Result<TypesetResult>::failure(tr("The PDF for “%1” could not be started.").arg(document.meta.title));
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        for (const auto &fill : fills.at(p))
            painter.fillRect(fill.first.adjusted(-0.5, 0, 0.5, 0), fill.second);
        if (p == 0) {
            painter.save();
            painter.translate(body.topLeft());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette.setColor(QPalette::Text, Qt::black);
            header.documentLayout()->draw(&painter, ctx);
            painter.restore();
            const qreal ruleY = body.top() + header.size().height() + 4.0 * pdfpage::Mm;
            painter.setPen(QPen(QColor(150, 150, 150), 0.5));
            painter.drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
        }
        painter.save();
        painter.translate(body.left(), body.top() - p * pageHeight);
        const QRectF clip(-2, p * pageHeight, body.width() + 4, pageHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        // The layout draws every line that touches the clip: a line ending
        // on the page break would be drawn (invisibly, but in the text
        // layer) on the next page too.
        ctx.clip = clip.adjusted(0, 3, 0, -3);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        if (const auto it = crossing.constFind(p); it != crossing.constEnd()) {
            const QTextBlock b = *it;
            const QRectF r = layout->blockBoundingRect(b);
            QTextLayout *tl = b.layout();
            painter.setPen(Qt::black);
            for (int i = 0; i < tl->lineCount(); ++i) {
                const QTextLine line = tl->lineAt(i);
                const qreal y = r.top() + line.y() + line.height() / 2;
                if (y >= p * pageHeight && y < (p + 1) * pageHeight)
                    line.draw(&painter, r.topLeft());
            }
            ctx.clip.setTop(std::max(ctx.clip.top(), r.bottom() + 0.5));
        }
        if (ctx.clip.height() > 0)
            layout->draw(&painter, ctx);
        painter.restore();

        if (marginNotes && !notes.at(p).isEmpty()) {
            QVector<MarginNote> &pageNotes = notes[p];
            std::stable_sort(pageNotes.begin(), pageNotes.end(), [](const MarginNote &a, const MarginNote &b) { return a.y < b.y; });
            painter.save();
            painter.setFont(pdfpage::sansFont(7.5));
            painter.setPen(QColor(40, 40, 40));
            const qreal x = body.right() + 6.0 * pdfpage::Mm;
            const qreal w = paper.width() - x - 10.0 * pdfpage::Mm;
            const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
            const qreal gap = 3;
            const qreal top = body.top();
            const qreal bottom = paper.height() - 16.0 * pdfpage::Mm;
            auto heightOf = [&](const QString &text) {
                return painter.boundingRect(QRectF(x, 0, w, 1e6), flags, text).height();
            };
            // Each note beside its claim, pushed down below the one before;
            // if that runs past the bottom, pushed up again as far as needed.
            QVector<qreal> ys, hs;
            for (const MarginNote &n : pageNotes) {
                hs.append(heightOf(n.text));
                ys.append(std::max(n.y, ys.isEmpty() ? top : ys.last() + hs.at(hs.size() - 2) + gap));
            }
            qreal limit = bottom;
            for (int i = ys.size() - 1; i >= 0; --i) {
                ys[i] = std::max(top, std::min(ys.at(i), limit - hs.at(i)));
                limit = ys.at(i) - gap;
            }
            // More notes than the margin holds: the first ones whole, then
            // as much as fits, ending with a pointer to the appendix, which
            // then carries every note in full.
            qreal lastBottom = top;
            for (int i = 0; i < pageNotes.size(); ++i) {
                const MarginNote &n = pageNotes.at(i);
                const qreal y = std::max(ys.at(i), lastBottom);
                QString text = n.text;
                if (y + hs.at(i) > bottom) {
                    result.notesContinued.append(n.number);
                    const QString more = QStringLiteral(" \u2026 ") + tr("(in full in the appendix)");
                    int fits = 0, tooMany = text.size();
                    while (tooMany - fits > 1) {
                        const int mid = (fits + tooMany) / 2;
                        (heightOf(text.left(mid) + more) <= bottom - y ? fits : tooMany) = mid;
                    }
                    if (heightOf(text.left(fits) + more) > bottom - y)
                        continue;   // not even the pointer fits; the marker in the text and the appendix remain
                    text = text.left(fits).trimmed() + more;
                }
                const qreal h = heightOf(text);
                painter.drawText(QRectF(x, y, w, h), flags, text);
                lastBottom = y + h + gap;
            }
            painter.restore();
        }
        pdfpage::drawFooter(painter, geometry, p, pageCount, document.meta.title);
        if (progress && !progress(p + 1, pageCount)) {
            painter.end();
            return Result<TypesetResult>::failure(tr("The export was cancelled."));
        }
    }
    if (!painter.end())
        return Result<TypesetResult>::failure(tr("The PDF for “%1” could not be written.").arg(document.meta.title));
    buffer.close();
    result.pdf = bytes;
    return result;
}

} // namespace ktk

#include "textpdftypesetter.moc"
