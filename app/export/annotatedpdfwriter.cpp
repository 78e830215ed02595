// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/annotatedpdfwriter.h"

#include "export/pdfgeometry.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <qpdf/Buffer.hh>
#include <qpdf/Constants.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

namespace ktk {

namespace {

using OH = QPDFObjectHandle;

std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), size_t(b.size()));
}

OH real(qreal v)
{
    return OH::newReal(double(v), 3, true);
}

std::string num(qreal v)
{
    return QByteArray::number(v, 'f', 3).toStdString();
}

OH rectArray(const QRectF &r)
{
    return OH::newArray(OH::Rectangle(r.left(), r.top(), r.right(), r.bottom()));
}

OH colourArray(const QColor &c)
{
    const QColor rgb = c.isValid() ? c.toRgb() : QColor(255, 230, 0);
    return OH::newArray({real(rgb.redF()), real(rgb.greenF()), real(rgb.blueF())});
}

std::string colourOperands(const QColor &c)
{
    const QColor rgb = c.isValid() ? c.toRgb() : QColor(255, 230, 0);
    return num(rgb.redF()) + ' ' + num(rgb.greenF()) + ' ' + num(rgb.blueF());
}

PdfPageGeometry geometryOf(QPDFPageObjectHelper &page)
{
    OH box = page.getCropBox(false, false);
    QRectF crop(0, 0, 612, 792);
    if (box.isRectangle()) {
        const OH::Rectangle r = box.getArrayAsRectangle();
        crop = QRectF(QPointF(r.llx, r.lly), QPointF(r.urx, r.ury)).normalized();
    }
    int rotate = 0;
    OH rot = page.getAttribute("/Rotate", false);
    if (rot.isNumber())
        rotate = int(rot.getNumericValue());
    return PdfPageGeometry(crop, rotate);
}

// The appearance: a Form XObject in user space (BBox = /Rect, no /Matrix),
// blended with /Multiply so the text under it stays black.
OH appearance(QPDF &pdf, const QRectF &rect, const std::string &content, qreal fillAlpha)
{
    OH gs = OH::newDictionary();
    gs.replaceKey("/Type", OH::newName("/ExtGState"));
    gs.replaceKey("/BM", OH::newName("/Multiply"));
    gs.replaceKey("/ca", real(fillAlpha));
    gs.replaceKey("/CA", real(1));
    OH states = OH::newDictionary();
    states.replaceKey("/GS0", gs);
    OH resources = OH::newDictionary();
    resources.replaceKey("/ExtGState", states);

    OH stream = pdf.newStream(content);
    OH dict = stream.getDict();
    dict.replaceKey("/Type", OH::newName("/XObject"));
    dict.replaceKey("/Subtype", OH::newName("/Form"));
    dict.replaceKey("/BBox", rectArray(rect));
    dict.replaceKey("/Resources", resources);
    return stream;
}

QRectF boundsOf(const QVector<QPolygonF> &polygons)
{
    QRectF r;
    for (const QPolygonF &p : polygons)
        r = r.isNull() ? p.boundingRect() : r.united(p.boundingRect());
    return r;
}

void appendAnnots(OH page, const std::vector<OH> &annots)
{
    OH existing = page.getKey("/Annots");
    // A fresh array: /Annots may be an indirect array shared with other pages.
    std::vector<OH> items = existing.isArray() ? existing.getArrayAsVector() : std::vector<OH>();
    items.insert(items.end(), annots.begin(), annots.end());
    page.replaceKey("/Annots", OH::newArray(items));
}

struct ExportError
{
    QString message;
};

} // namespace

QByteArray AnnotatedPdfWriter::pdfDate(const QDateTime &utc)
{
    const QDateTime t = (utc.isValid() ? utc : QDateTime::currentDateTimeUtc()).toUTC();
    return "D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

QString AnnotatedPdfWriter::contentsFor(const ExportClaim &claim)
{
    QStringList lines;
    //: In the note of an exported PDF annotation: the claim's type
    lines << tr("Type: %1").arg(claim.typeName);
    //: In the note of an exported PDF annotation: the claim's verification status
    lines << tr("Status: %1").arg(claim.statusName);
    if (!claim.claimant.trimmed().isEmpty())
        //: In the note of an exported PDF annotation: who makes the claim
        lines << tr("Claimant: %1").arg(claim.claimant.trimmed());
    if (!claim.note.trimmed().isEmpty())
        //: In the note of an exported PDF annotation: the researcher's note on the claim
        lines << tr("Note: %1").arg(claim.note.trimmed());
    return lines.join(QLatin1Char('\n'));
}

Result<QByteArray> AnnotatedPdfWriter::annotate(const QByteArray &sourcePdf, const QString &password,
                                                const QString &sourceName, const QVector<ExportClaim> &claims,
                                                const PdfExportOptions &options, const QByteArray &appendixPdf,
                                                const ExportProgress &progress)
{
    const std::string name = utf8(sourceName);
    QPDF pdf;
    QPDF appendix;   // outlives the writer: appended pages are copied from it lazily
    try {
        pdf.setSuppressWarnings(true);
        try {
            // qpdf reads the buffer in place; sourcePdf outlives pdf's use of it.
            pdf.processMemoryFile(name.c_str(), sourcePdf.constData(), size_t(sourcePdf.size()),
                                  password.isEmpty() ? nullptr : utf8(password).c_str());
        } catch (const QPDFExc &e) {
            if (e.getErrorCode() == qpdf_e_password)
                return Result<QByteArray>::failure(
                    tr("%1 is protected by a password that was not given or is wrong. Open the document with "
                       "its password and export again.").arg(sourceName));
            throw;
        }

        QPDFPageDocumentHelper pages(pdf);
        std::vector<QPDFPageObjectHelper> all = pages.getAllPages();
        if (all.empty())
            return Result<QByteArray>::failure(tr("%1 has no pages to export.").arg(sourceName));

        const bool popups = options.notes == NotePlacement::Popup && !options.flatten;
        const std::string author = utf8(options.annotationAuthor.isEmpty() ? QString() : options.annotationAuthor);
        const int total = int(claims.size());
        for (int i = 0; i < total; ++i) {
            const ExportClaim &claim = claims.at(i);
            const Anchor &anchor = claim.anchor;
            const QVector<PageSelector> &regions = anchor.regions();
            const bool area = anchor.kind() == Anchor::Kind::Area;
            for (const PageSelector &region : regions) {
                // A region on a page the file does not have is left out rather
                // than failing the export of every other claim.
                if (!region.isValid() || region.page >= int(all.size()))
                    continue;
                QPDFPageObjectHelper &page = all.at(size_t(region.page));
                const PdfPageGeometry geometry = geometryOf(page);
                QVector<QPolygonF> quads;
                for (const QPolygonF &q : region.quads) {
                    if (q.size() == 4)
                        quads << geometry.toUserSpace(q);
                }
                if (quads.isEmpty())
                    continue;

                OH annot = OH::newDictionary();
                annot.replaceKey("/Type", OH::newName("/Annot"));
                QRectF rect;
                std::string content = "/GS0 gs\n" + colourOperands(claim.colour) + " rg\n";
                // Half strength: the codebook's mid-tone colours, multiplied
                // at full strength, darken black text past easy reading.
                qreal fillAlpha = 0.5;
                if (area) {
                    const qreal border = 1.5;
                    const QRectF box = boundsOf(quads);
                    rect = box.adjusted(-border / 2, -border / 2, border / 2, border / 2);
                    annot.replaceKey("/Subtype", OH::newName("/Square"));
                    OH bs = OH::newDictionary();
                    bs.replaceKey("/W", real(border));
                    bs.replaceKey("/S", OH::newName("/S"));
                    annot.replaceKey("/BS", bs);
                    content += colourOperands(claim.colour) + " RG\n" + num(border) + " w\n" + num(box.left()) + ' '
                        + num(box.top()) + ' ' + num(box.width()) + ' ' + num(box.height()) + " re\nB\n";
                    fillAlpha = 0.3;
                } else {
                    rect = boundsOf(quads);
                    annot.replaceKey("/Subtype", OH::newName("/Highlight"));
                    OH qp = OH::newArray();
                    for (const QPolygonF &q : quads) {
                        // Anchors go round (TL, TR, BR, BL); /QuadPoints as
                        // readers expect them: TL, TR, BL, BR.
                        for (int k : {0, 1, 3, 2}) {
                            qp.appendItem(real(q.at(k).x()));
                            qp.appendItem(real(q.at(k).y()));
                        }
                        content += num(q.at(0).x()) + ' ' + num(q.at(0).y()) + " m " + num(q.at(1).x()) + ' '
                            + num(q.at(1).y()) + " l " + num(q.at(2).x()) + ' ' + num(q.at(2).y()) + " l "
                            + num(q.at(3).x()) + ' ' + num(q.at(3).y()) + " l h\n";
                    }
                    content += "f\n";
                    annot.replaceKey("/QuadPoints", qp);
                }
                if (rect.width() <= 0 || rect.height() <= 0)
                    continue;

                QString nm = claim.uniqueName;
                if (regions.size() > 1)
                    nm += QStringLiteral("-p%1").arg(region.page);
                annot.replaceKey("/Rect", rectArray(rect));
                annot.replaceKey("/P", page.getObjectHandle());
                annot.replaceKey("/C", colourArray(claim.colour));
                annot.replaceKey("/Contents", OH::newUnicodeString(utf8(contentsFor(claim))));
                annot.replaceKey("/T", OH::newUnicodeString(author.empty() ? utf8(claim.author) : author));
                if (!claim.typeName.isEmpty())
                    annot.replaceKey("/Subj", OH::newUnicodeString(utf8(claim.typeName)));
                annot.replaceKey("/NM", OH::newUnicodeString(utf8(nm)));
                annot.replaceKey("/M", OH::newString(pdfDate(claim.modified.isValid() ? claim.modified : claim.created).toStdString()));
                annot.replaceKey("/CreationDate", OH::newString(pdfDate(claim.created).toStdString()));
                annot.replaceKey("/F", OH::newInteger(an_print));
                OH ap = OH::newDictionary();
                ap.replaceKey("/N", appearance(pdf, rect, content, fillAlpha));
                annot.replaceKey("/AP", ap);
                annot = pdf.makeIndirectObject(annot);

                std::vector<OH> added{annot};
                if (popups && !claim.note.trimmed().isEmpty()) {
                    // Beside the claim, in the right-hand part of the page as shown.
                    qreal top = 1;
                    for (const QPolygonF &q : region.quads)
                        top = qMin(top, q.boundingRect().top());
                    top = qBound<qreal>(0, top, 0.8);
                    const QPolygonF shown({QPointF(0.62, top), QPointF(0.98, top + 0.18)});
                    const QRectF popupRect = geometry.toUserSpace(shown).boundingRect();
                    OH popup = OH::newDictionary();
                    popup.replaceKey("/Type", OH::newName("/Annot"));
                    popup.replaceKey("/Subtype", OH::newName("/Popup"));
                    popup.replaceKey("/Rect", rectArray(popupRect));
                    popup.replaceKey("/Parent", annot);
                    popup.replaceKey("/P", page.getObjectHandle());
                    popup.replaceKey("/Open", OH::newBool(false));
                    popup = pdf.makeIndirectObject(popup);
                    annot.replaceKey("/Popup", popup);
                    added.push_back(popup);
                }
                appendAnnots(page.getObjectHandle(), added);
            }
            if (progress && !progress(i + 1, total))
                return Result<QByteArray>::failure(tr("The export of %1 was cancelled.").arg(sourceName));
        }

        if (options.flatten)
            pages.flattenAnnotations(an_print, an_invisible | an_hidden);

        if (!appendixPdf.isEmpty()) {
            try {
                appendix.setSuppressWarnings(true);
                appendix.processMemoryFile("appendix", appendixPdf.constData(), size_t(appendixPdf.size()));
                for (QPDFPageObjectHelper &p : QPDFPageDocumentHelper(appendix).getAllPages())
                    pages.addPage(p, false);
            } catch (const std::exception &e) {
                return Result<QByteArray>::failure(
                    tr("The appendix of claims for %1 could not be added: %2").arg(sourceName, QString::fromUtf8(e.what())));
            }
        }

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.write();
        std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const QPDFExc &e) {
        return Result<QByteArray>::failure(tr("%1 could not be exported because the PDF is damaged: %2")
                                               .arg(sourceName, QString::fromStdString(e.getMessageDetail())));
    } catch (const std::exception &e) {
        return Result<QByteArray>::failure(
            tr("%1 could not be exported: %2").arg(sourceName, QString::fromUtf8(e.what())));
    } catch (...) {
        return Result<QByteArray>::failure(tr("%1 could not be exported: unknown error.").arg(sourceName));
    }
}

Status AnnotatedPdfWriter::write(const QByteArray &sourcePdf, const QString &password, const QString &sourceName,
                                 const QVector<ExportClaim> &claims, const PdfExportOptions &options,
                                 const QString &outPath, const QByteArray &appendixPdf, const ExportProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(outPath);
    if (QFileInfo(outPath).isDir())
        return Status::failure(
            tr("Could not write %1: a folder of that name is in the way. Choose another file name.").arg(shown));

    Result<QByteArray> bytes = annotate(sourcePdf, password, sourceName, claims, options, appendixPdf, progress);
    if (!bytes)
        return bytes.status();

    // QSaveFile writes a temporary file beside the target and renames it into
    // place on commit(); on any failure it removes the temporary file.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write %1: %2. Choose a folder you may write to.")
                                   .arg(shown, file.errorString()));
    if (file.write(bytes.value()) != bytes.value().size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit();
        return Status::failure(
            tr("Could not write %1: %2. Check that the disk has space and try again.").arg(shown, reason));
    }
    if (!file.commit())
        return Status::failure(tr("Could not write %1: %2. Check that the disk has space and that you may write "
                                  "to the folder, and try again.").arg(shown, file.errorString()));
    return {};
}

} // namespace ktk
