// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// MainWindow's handling of files given on the command line or handed over by
// a second launch (InstanceChannel): kept apart from the rest of the window.
#include "mainwindow/mainwindow.h"

#include "store/projectfilecheck.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ktk {

namespace {

constexpr int MaxNamesListed = 8;

QString listOfNames(const QStringList &files)
{
    QStringList names;
    for (const QString &file : files.mid(0, MaxNamesListed))
        names << QFileInfo(file).fileName();
    QString list = names.join(u'\n');
    if (files.size() > MaxNamesListed)
        list += u'\n' + MainWindow::tr("and %n more", nullptr, int(files.size() - MaxNamesListed));
    return list;
}

} // namespace

void MainWindow::openLaunchFiles(const QStringList &files, bool atStartup)
{
    QString project;
    QStringList otherProjects;
    QStringList documents;
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!ProjectFileCheck::looksLikeProject(path))
            documents << path;
        else if (project.isEmpty())
            project = path;
        else
            otherProjects << path;
    }

    if (!project.isEmpty()) {
        const bool alreadyOpen = m_store->isOpen() && QFileInfo(m_store->path()) == QFileInfo(project);
        if (!alreadyOpen)
            restoreSession(project);
    } else if (atStartup) {
        restoreSession(QString());
    }
    if (!otherProjects.isEmpty()) {
        //: %1: the names of project files given at once, besides the one opened
        statusBar()->showMessage(tr("Only one project is open at a time: %1 not opened.")
                                     .arg(listOfNames(otherProjects).replace(u'\n', QStringLiteral(", "))),
                                 10000);
    }

    showNormal();
    raise();
    activateWindow();

    if (!documents.isEmpty())
        askWhereToImport(documents);
}

void MainWindow::askWhereToImport(const QStringList &documents)
{
    const int count = int(documents.size());
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Import Documents"));
    box.setInformativeText(listOfNames(documents));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setEscapeButton(cancel);
    if (m_store->isOpen()) {
        box.setObjectName(QStringLiteral("importLaunchFilesQuestion"));
        //: %1 is the project's file name
        box.setText(tr("Import %n document(s) into the project \u201c%1\u201d?", nullptr, count)
                        .arg(QFileInfo(m_store->path()).fileName()));
        QPushButton *import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
        import->setObjectName(QStringLiteral("importIntoOpenProject"));
        QPushButton *other = box.addButton(tr("&Other Project\u2026"), QMessageBox::ActionRole);
        other->setObjectName(QStringLiteral("importIntoOtherProject"));
        box.setDefaultButton(import);
        box.exec();
        if (box.clickedButton() == other) {
            // Cancelled, the documents go nowhere: not into the project left open.
            const QString before = m_store->path();
            openProjectDialog();
            if (!m_store->isOpen() || m_store->path() == before)
                return;
        } else if (box.clickedButton() != import) {
            return;
        }
    } else {
        box.setObjectName(QStringLiteral("chooseProjectForLaunchFiles"));
        box.setText(tr("No project is open. Into which project should %n document(s) go?", nullptr, count));
        QPushButton *open = box.addButton(tr("&Open Project\u2026"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("openProjectForImport"));
        QPushButton *create = box.addButton(tr("&New Project\u2026"), QMessageBox::ActionRole);
        create->setObjectName(QStringLiteral("newProjectForImport"));
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open)
            openProjectDialog();
        else if (box.clickedButton() == create)
            newProjectDialog();
        else
            return;
    }
    if (m_store->isOpen())
        importFiles(documents);
}

} // namespace ktk
