// SPDX-FileCopyrightText: 2026 Kanttekening contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// No key does two things at once (#11: Ctrl+Shift+Z was bound twice, Qt
// printed "Ambiguous shortcut overload" and redo by key did nothing), and no
// menu has two items with the same accelerator letter, in either language.
// Every action and QShortcut of the window is walked with its context, in
// the states that enable different ones (nothing selected, text selected).

#include "i18n/languagemanager.h"
#include "import/documentimporter.h"
#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUndoStack>
#include <QtTest>

using namespace ktk;

namespace {

// One key binding: what it is, where it is active.
struct Binding
{
    QString what;
    QKeySequence key;
    Qt::ShortcutContext context;
    QList<QWidget *> scope;   // the widgets it belongs to
};

QList<QWidget *> scopeOf(QAction *action)
{
    QList<QWidget *> widgets;
    for (QObject *o : action->associatedObjects()) {
        auto *w = qobject_cast<QWidget *>(o);
        // In a menu or on a tool bar an action is shown, not scoped: its
        // shortcut works from the window (WindowShortcut) or where it was added.
        if (w && !qobject_cast<QMenu *>(w) && !qobject_cast<QMenuBar *>(w) && !w->inherits("QToolBar")
            && !w->inherits("QToolButton"))
            widgets.append(w);
    }
    if (auto *parent = qobject_cast<QWidget *>(action->parent()); widgets.isEmpty() && parent)
        widgets.append(parent);
    return widgets;
}

bool contains(const QWidget *outer, const QWidget *inner)
{
    return outer == inner || outer->isAncestorOf(inner);
}

bool overlap(const Binding &a, const Binding &b)
{
    const auto windowWide = [](const Binding &x) {
        return x.context == Qt::WindowShortcut || x.context == Qt::ApplicationShortcut;
    };
    if (windowWide(a) || windowWide(b))
        return true;
    for (const QWidget *x : a.scope) {
        for (const QWidget *y : b.scope) {
            if (contains(x, y) || contains(y, x))
                return true;
        }
    }
    return false;
}

QList<Binding> enabledBindings(QWidget *window)
{
    QList<Binding> bindings;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->isEnabled() || action->isSeparator())
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            bindings.append({QStringLiteral("action \"%1\" (%2)").arg(action->text(), action->objectName()), key,
                             action->shortcutContext(), scopeOf(action)});
        }
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (!shortcut->isEnabled())
            continue;
        auto *parent = qobject_cast<QWidget *>(shortcut->parent());
        for (const QKeySequence &key : shortcut->keys())
            bindings.append({QStringLiteral("shortcut under %1").arg(parent ? parent->objectName() : QString()), key,
                             shortcut->context(), {parent}});
    }
    return bindings;
}

QStringList clashes(QWidget *window)
{
    const QList<Binding> bindings = enabledBindings(window);
    QStringList found;
    for (int i = 0; i < bindings.size(); ++i) {
        for (int j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i);
            const Binding &b = bindings.at(j);
            if (!a.key.isEmpty() && a.key == b.key && overlap(a, b))
                found << QStringLiteral("%1: %2 and %3").arg(a.key.toString(), a.what, b.what);
        }
    }
    // One action bound twice to the same key is ambiguous with itself.
    for (QAction *action : window->findChildren<QAction *>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (QSet<QKeySequence>(keys.cbegin(), keys.cend()).size() != keys.size())
            found << QStringLiteral("action \"%1\" holds a key twice").arg(action->text());
    }
    return found;
}

QChar accelerator(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

QStringList accelerators(const QString &where, const QList<QAction *> &actions)
{
    QStringList found;
    QHash<QChar, QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (key.isNull())
            continue;
        if (taken.contains(key))
            found << QStringLiteral("%1: '%2' in \"%3\" and \"%4\"").arg(where, key, taken.value(key), action->text());
        taken.insert(key, action->text());
        if (QMenu *sub = action->menu())
            found << accelerators(action->text(), sub->actions());
    }
    return found;
}

} // namespace

class TestShortcutClashes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("keys.ktk"));
        ProjectStore store;
        QVERIFY(store.create(m_path).ok());
        const Result<Document> doc = DocumentImporter::importBytes(
            QByteArrayLiteral("De minister zegt dat de platforms een gevaar zijn voor de rechtsstaat.\n"),
            QStringLiteral("artikel.txt"));
        QVERIFY(doc.ok());
        QVERIFY(store.addDocument(doc.value()).ok());
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void noKeyDoesTwoThings_andNoMenuRepeatsALetter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Dutch") << QStringLiteral("nl");
    }

    void noKeyDoesTwoThings_andNoMenuRepeatsALetter()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path));
        auto *text = window.findChild<QTextEdit *>(QStringLiteral("documentText"));
        QVERIFY(text);
        QTRY_VERIFY(!text->document()->isEmpty());
        QCoreApplication::processEvents();

        // Nothing selected: the hints for keys 1-9 are on, the type actions off.
        QStringList found = clashes(&window);
        // Text selected: the other way round.
        QTextCursor cursor(text->document());
        cursor.setPosition(3);
        cursor.setPosition(20, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        QCoreApplication::processEvents();
        found << clashes(&window);
        found << accelerators(QStringLiteral("menu bar"), window.menuBar()->actions());
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        // And the redo keys do redo, pressed as a user would.
        const int claims = window.store()->annotations().size();
        QTest::keyClick(text, Qt::Key_1);
        QCOMPARE(window.store()->annotations().size(), claims + 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.store()->annotations().size(), claims);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.store()->annotations().size(), claims + 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(window.store()->annotations().size(), claims + 1);
        window.undoStack()->undo();

        // The walk sees a clash when there is one: the one of #11, again.
        auto *second = new QAction(QStringLiteral("Second redo"), &window);
        second->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        window.addAction(second);
        QVERIFY(!clashes(&window).isEmpty());
        delete second;
        QMenu menu;
        menu.addAction(QStringLiteral("&Open"));
        menu.addAction(QStringLiteral("&Opslaan"));
        QCOMPARE(accelerators(QStringLiteral("test"), menu.actions()).size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestShortcutClashes)
#include "tst_shortcutclashes.moc"
