#include "../testsupport.h"
#include "citationtextedit.h"
#include "criterionevidenceview.h"
#include "evidencefileactions.h"
#include "evidencehealthpanel.h"
#include "evidenceimportcontroller.h"
#include "evidenceregisterview.h"
#include "mainwindow.h"
#include "models/criteriatreemodel.h"
#include "models/criterionprogress.h"
#include "models/evidenceregistermodel.h"
#include "startup.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

#include <memory>

using namespace Minh;

// Drives the evidence parts of the real main window offscreen: the criterion's items, dropping
// files, undo and redo. Set MINH_SCREENSHOT_DIR to keep PNGs of what it shows.
class TestEvidenceViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropFiles_createLinkedItemsAndCompleteTheCriterion();
    void thumbnail_arrivesInTheBackground();
    void cancelledDrop_addsNothingAndSaysSo();
    void doubleClick_opensTheExtractedFile();
    void undoAndRedo_takeTheDropBackAndForth();
    void removeButton_deletesTheItemAndUndoBringsItBack();
    void droppingAStoredFile_namesTheItemThatHasIt();
    void typingCode_completesAndCitesTheItem();
    void register_editsInPlaceAreStoredAndUndoable();
    void register_filterIgnoresCaseAndDiacritics();
    void register_copiesFilesToTheChosenFolder();
    void healthFinding_jumpsToItsItemOrCriterion();
    void demoSchool_registerListsEveryItem();
    void cleanupTestCase();

private:
    void screenshot(const QString &name);
    void select(const QString &criterion);
    void drop(QWidget *target, const QStringList &paths);
    QString writeFile(const QString &name, const QByteArray &content);
    Core::CriterionProgress::State state(const QString &criterion) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_dropped;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::CriterionEvidenceView *m_view = nullptr;
    QListWidget *m_list = nullptr;
    QStringList m_messages;
    QList<QUrl> m_opened;
};

void TestEvidenceViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MINH_THUMBNAILER", QByteArrayLiteral(MINH_THUMBNAILER));
    // Screenshots show the window as it first opens, not as an earlier run left its dividers.
    QSettings().remove(QStringLiteral("window"));
    // Criterion 1.1 is judged and written in full, but has no evidence yet.
    const QString path = m_dir.filePath(QStringLiteral("school.minh"));
    {
        Core::SchoolDocument document;
        QVERIFY(TestSupport::createSchool(&document, path));
        const Core::Framework &fw = document.framework();
        const Core::Criterion *c = fw.criterion(QStringLiteral("1.1"));
        QList<QPair<Core::IndicatorRef, Core::Verdict>> verdicts;
        for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
            for (const Core::Indicator &i : fw.indicatorsInForce(*c, level, document.assessment().rulesDate)) {
                verdicts.append({{c->code, level, i.key()}, Core::Verdict::Met});
            }
        }
        QVERIFY(document.applyJudgements(verdicts, {}));
        for (const Core::TextField &field : fw.regime().criterionFields) {
            QVERIFY(document.setCriterionText(c->code, field.key, QStringLiteral("Nhà trường đã thực hiện.")));
        }
        QCOMPARE(Core::CriterionProgress::state(document, c->code), Core::CriterionProgress::State::EvidenceMissing);
    }
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->resize(1366, 768);
    QVERIFY2(m_window->openFile(path), qPrintable(m_window->errorString()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->findChild<Gui::CriterionEvidenceView *>(QStringLiteral("criterionEvidence"));
    QVERIFY(m_view);
    m_list = m_view->findChild<QListWidget *>(QStringLiteral("criterionEvidenceList"));
    m_view->setInform([this](const QString &message) { m_messages.append(message); });
    m_view->setOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    select(QStringLiteral("1.1"));
}

void TestEvidenceViews::cleanupTestCase()
{
    m_window.reset(); // before the folders it reads from go away
}

void TestEvidenceViews::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("MINH_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        QPixmap shot = m_window->grab();
        // Popups (the completion list) are windows of their own; they are drawn where they appear.
        QPainter painter(&shot);
        for (QWidget *popup : QApplication::topLevelWidgets()) {
            if (popup != m_window.get() && popup->isVisible() && popup->windowType() == Qt::Popup) {
                painter.drawPixmap(popup->mapToGlobal(QPoint()) - m_window->mapToGlobal(QPoint()), popup->grab());
            }
        }
        painter.end();
        QVERIFY(shot.save(QDir(dir).filePath(name)));
    }
}

void TestEvidenceViews::select(const QString &criterion)
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Core::CriteriaTreeModel::CodeRole,
                                                       criterion, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->setCurrentIndex(found.constFirst());
}

Core::CriterionProgress::State TestEvidenceViews::state(const QString &criterion) const
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Core::CriteriaTreeModel::CodeRole,
                                                       criterion, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return Core::CriterionProgress::State(found.constFirst().data(Core::CriteriaTreeModel::StateRole).toInt());
}

void TestEvidenceViews::drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths) {
        urls.append(QUrl::fromLocalFile(path));
    }
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    QVERIFY(dropped.isAccepted());
}

QString TestEvidenceViews::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dropped.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestEvidenceViews::dropFiles_createLinkedItemsAndCompleteTheCriterion()
{
    QCOMPARE(m_list->count(), 0);
    QCOMPARE(state(QStringLiteral("1.1")), Core::CriterionProgress::State::EvidenceMissing);
    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    QVERIFY(picture.save(m_dropped.filePath(QStringLiteral("Anh_san_truong.png"))));
    const QString minutes = writeFile(QStringLiteral("Biên bản họp hội đồng.txt"), "Biên bản họp\n");
    drop(m_view, {m_dropped.filePath(QStringLiteral("Anh_san_truong.png")), minutes});
    QTRY_VERIFY(!m_view->importer()->isRunning());
    QTRY_COMPARE(m_list->count(), 2);
    const Core::EvidenceItem *photo = m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-01]"));
    QVERIFY(photo);
    QCOMPARE(photo->title, QStringLiteral("Anh san truong"));
    QCOMPARE(photo->criterionCode, QStringLiteral("1.1"));
    QCOMPARE(photo->files.size(), 1);
    QCOMPARE(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-02]"))->title,
             QStringLiteral("Biên bản họp hội đồng"));
    QVERIFY(m_list->item(0)->text().contains(QStringLiteral("[H1-1.1-01]  Anh san truong")));
    QCOMPARE(state(QStringLiteral("1.1")), Core::CriterionProgress::State::Complete);
    QVERIFY(m_messages.isEmpty());
    QCOMPARE(TestSupport::count(m_window->document()->path(), QStringLiteral("evidence_item")), 2);
}

void TestEvidenceViews::thumbnail_arrivesInTheBackground()
{
    // The row starts with the file-type icon of the style; the drawn preview replaces it.
    const QImage placeholder = m_view->style()->standardIcon(QStyle::SP_FileIcon).pixmap(40, 40).toImage();
    QTRY_VERIFY(m_list->item(0)->icon().pixmap(40, 40).toImage() != placeholder);
    const QImage shown = m_list->item(0)->icon().pixmap(40, 40).toImage();
    // The middle of the preview is the picture's blue.
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2).blue(), 200);
    screenshot(QStringLiteral("evidence-criterion.png"));
}

void TestEvidenceViews::cancelledDrop_addsNothingAndSaysSo()
{
    // Typing not yet saved is written before the import takes the file's write lock.
    const QString field = m_window->document()->framework().regime().criterionFields.constFirst().key;
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("text_") + field);
    const QString typed = editor->toPlainText() + QStringLiteral(" Da ghi.");
    editor->setPlainText(typed);
    QVERIFY(m_window->document()->criterionText(QStringLiteral("1.1"), field) != typed);
    const QString big = writeFile(QStringLiteral("Video le khai giang.mp4"), QByteArray(16 * 1024 * 1024, 'v'));
    drop(m_view, {big});
    QCOMPARE(m_window->document()->criterionText(QStringLiteral("1.1"), field), typed);
    QVERIFY(m_view->importer()->isRunning());
    // The progress dialog is up at once and keeps the window from other edits meanwhile.
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("evidenceImportProgress"));
    QVERIFY(progress);
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    Q_EMIT progress->canceled();
    QTRY_VERIFY(!m_view->importer()->isRunning());
    QTRY_COMPARE(m_messages, QStringList{QStringLiteral("Adding evidence was cancelled. Nothing was added.")});
    m_messages.clear();
    QCOMPARE(m_window->document()->evidence().size(), 2);
    QCOMPARE(TestSupport::count(m_window->document()->path(), QStringLiteral("evidence_item")), 2);
    QCOMPARE(TestSupport::count(m_window->document()->path(), QStringLiteral("evidence_content")), 2);
    QCOMPARE(m_list->count(), 2);
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger(); // the typing
}

void TestEvidenceViews::doubleClick_opensTheExtractedFile()
{
    Q_EMIT m_list->itemActivated(m_list->item(1));
    QTRY_COMPARE(m_opened.size(), 1);
    const QString path = m_opened.constFirst().toLocalFile();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("H1-1.1-02 Biên bản họp hội đồng.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Biên bản họp\n"));
}

void TestEvidenceViews::undoAndRedo_takeTheDropBackAndForth()
{
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add 2 evidence items to criterion 1.1"));
    undo->trigger();
    QCOMPARE(m_list->count(), 0);
    QVERIFY(m_window->document()->evidence().isEmpty());
    QCOMPARE(state(QStringLiteral("1.1")), Core::CriterionProgress::State::EvidenceMissing);
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(m_list->count(), 2);
    QCOMPARE(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-01]"))->files.size(), 1);
    QCOMPARE(state(QStringLiteral("1.1")), Core::CriterionProgress::State::Complete);
}

void TestEvidenceViews::removeButton_deletesTheItemAndUndoBringsItBack()
{
    auto *remove = m_view->findChild<QPushButton *>(QStringLiteral("removeEvidenceButton"));
    QVERIFY(!remove->isEnabled());
    m_list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), QStringLiteral("Remove"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_list->count(), 1);
    QVERIFY(!m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-01]")));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Remove evidence [H1-1.1-01]"));
    undo->trigger();
    QCOMPARE(m_list->count(), 2);
    QCOMPARE(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-01]"))->files.size(), 1);
}

void TestEvidenceViews::droppingAStoredFile_namesTheItemThatHasIt()
{
    select(QStringLiteral("2.1"));
    QCOMPARE(m_list->count(), 0);
    const QString copy = writeFile(QStringLiteral("copy.txt"), "Biên bản họp\n");
    drop(m_view, {copy});
    QTRY_VERIFY(!m_view->importer()->isRunning());
    QTRY_COMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst(),
             QStringLiteral("“copy.txt” is already evidence [H1-1.1-02] (Biên bản họp hội đồng); that "
                            "item is now linked to this criterion."));
    // No second item; the existing one is cited by 2.1 and listed there as cited.
    QCOMPARE(m_window->document()->evidence().size(), 2);
    QCOMPARE(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-02]"))->citedBy,
             QStringList{QStringLiteral("2.1")});
    QCOMPARE(m_list->count(), 1);
    QVERIFY(m_list->item(0)->text().contains(QStringLiteral("cited, from criterion 1.1")));
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_list->count(), 0);
    QVERIFY(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-02]"))->citedBy.isEmpty());
}

void TestEvidenceViews::typingCode_completesAndCitesTheItem()
{
    select(QStringLiteral("1.1"));
    const QString field = m_window->document()->framework().regime().criterionFields.constFirst().key;
    auto *editor = m_window->findChild<Gui::CitationTextEdit *>(QStringLiteral("text_") + field);
    QVERIFY(editor);
    const QString before = editor->toPlainText();
    QAbstractItemView *popup = editor->completer()->popup();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    // Ordinary words open nothing.
    QTest::keyClicks(editor, QStringLiteral(" Nha truong"));
    QVERIFY(!popup->isVisible());
    // The start of a code offers the items whose code or title matches.
    QTest::keyClicks(editor, QStringLiteral(" xem [h1-1.1"));
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(editor->completer()->completionCount(), 2);
    screenshot(QStringLiteral("evidence-completion.png"));
    popup->setCurrentIndex(editor->completer()->completionModel()->index(1, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    const QString cited = before + QStringLiteral(" Nha truong xem [H1-1.1-02]");
    QCOMPARE(editor->toPlainText(), cited);
    QTRY_COMPARE(m_window->document()->criterionText(QStringLiteral("1.1"), field), cited);

    // A known code looks like a link; Ctrl+click opens its file.
    const int at = int(cited.size()) - 5;
    const QTextBlock block = editor->document()->findBlock(at);
    const auto formatAt = [&](int position) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (position - block.position() >= range.start &&
                position - block.position() < range.start + range.length) {
                return range.format;
            }
        }
        return QTextCharFormat();
    };
    QVERIFY(formatAt(at).fontUnderline());
    QCOMPARE(formatAt(at).underlineStyle(), QTextCharFormat::SingleUnderline);
    QTextCursor cursor(editor->document());
    cursor.setPosition(at);
    m_opened.clear();
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, editor->cursorRect(cursor).center());
    QTRY_COMPARE(m_opened.size(), 1);
    QVERIFY(m_opened.constFirst().toLocalFile().endsWith(QStringLiteral("H1-1.1-02 Biên bản họp hội đồng.txt")));

    // A code of no item is marked.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" [H1-1.1-09]"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(formatAt(int(editor->toPlainText().size()) - 3).underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    QTRY_VERIFY(
        m_window->document()->criterionText(QStringLiteral("1.1"), field).endsWith(QStringLiteral("[H1-1.1-09]")));

    // Undo takes the typing back, citation included.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    while (m_window->document()->criterionText(QStringLiteral("1.1"), field) != before && undo->isEnabled()) {
        undo->trigger();
    }
    QCOMPARE(editor->toPlainText(), before);
}

void TestEvidenceViews::register_editsInPlaceAreStoredAndUndoable()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *view = m_window->findChild<Gui::EvidenceRegisterView *>(QStringLiteral("evidenceRegister"));
    QVERIFY(view);
    tabs->setCurrentWidget(view);
    auto *table = view->findChild<QTableView *>(QStringLiteral("evidenceTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, Core::EvidenceRegisterModel::CodeColumn).data().toString(),
             QStringLiteral("[H1-1.1-01]"));
    QCOMPARE(table->model()->index(1, Core::EvidenceRegisterModel::CriteriaColumn).data().toString(),
             QStringLiteral("1.1"));
    // What the table's editor does when the user types a new issuer and presses Enter.
    const QModelIndex issuer = table->model()->index(0, Core::EvidenceRegisterModel::IssuerColumn);
    QVERIFY(table->model()->flags(issuer) & Qt::ItemIsEditable);
    QVERIFY(table->model()->setData(issuer, QStringLiteral("Ban giám hiệu")));
    QCOMPARE(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-01]"))->issuer,
             QStringLiteral("Ban giám hiệu"));
    QCOMPARE(TestSupport::scalar(m_window->document()->path(),
                                 QStringLiteral("SELECT issuer FROM evidence_item WHERE code = '[H1-1.1-01]'"))
                 .toString(),
             QStringLiteral("Ban giám hiệu"));
    QVERIFY(table->model()->setData(table->model()->index(0, Core::EvidenceRegisterModel::IssueColumn),
                                    QStringLiteral("Ảnh chụp ngày 05/9/2025")));
    screenshot(QStringLiteral("evidence-register.png"));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit evidence [H1-1.1-01]"));
    undo->trigger();
    undo->trigger();
    QVERIFY(m_window->document()->evidenceItem(QStringLiteral("[H1-1.1-01]"))->issuer.isEmpty());
    QVERIFY(issuer.data().toString().isEmpty());
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(issuer.data().toString(), QStringLiteral("Ban giám hiệu"));
}

void TestEvidenceViews::register_filterIgnoresCaseAndDiacritics()
{
    auto *view = m_window->findChild<Gui::EvidenceRegisterView *>(QStringLiteral("evidenceRegister"));
    auto *table = view->findChild<QTableView *>(QStringLiteral("evidenceTable"));
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("evidenceSearch"));
    QTest::keyClicks(search, QStringLiteral("BIEN ban"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, Core::EvidenceRegisterModel::CodeColumn).data().toString(),
             QStringLiteral("[H1-1.1-02]"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("evidenceCount"))->text(), QStringLiteral("Items: 1 of 2"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestEvidenceViews::register_copiesFilesToTheChosenFolder()
{
    auto *view = m_window->findChild<Gui::EvidenceRegisterView *>(QStringLiteral("evidenceRegister"));
    QTemporaryDir target;
    QStringList said;
    view->setFolderChooser([&] { return target.path(); });
    view->fileActions()->setInform([&](const QString &message) { said.append(message); });
    view->selectItem(QStringLiteral("[H1-1.1-02]"));
    QCOMPARE(view->selectedCodes(), QStringList{QStringLiteral("[H1-1.1-02]")});
    view->extractSelected();
    QTRY_COMPARE(said.size(), 1);
    QCOMPARE(said.constFirst(), QStringLiteral("Files written to the folder “%1”: 1.").arg(target.path()));
    QFile copied(QDir(target.path()).filePath(QStringLiteral("H1-1.1-02 Biên bản họp hội đồng.txt")));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), QByteArray("Biên bản họp\n"));
    // A second copy never overwrites the first.
    view->extractSelected();
    QTRY_COMPARE(said.size(), 2);
    QVERIFY(QFileInfo::exists(QDir(target.path()).filePath(QStringLiteral("H1-1.1-02 Biên bản họp hội đồng (2).txt"))));
}

void TestEvidenceViews::healthFinding_jumpsToItsItemOrCriterion()
{
    auto *view = m_window->findChild<Gui::EvidenceRegisterView *>(QStringLiteral("evidenceRegister"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(view);
    auto *findings = view->findChild<QListWidget *>(QStringLiteral("healthList"));
    QVERIFY(findings->count() > 0);
    QListWidgetItem *aboutItem = nullptr;
    QListWidgetItem *aboutCriterion = nullptr;
    for (int i = 0; i < findings->count(); ++i) {
        QListWidgetItem *row = findings->item(i);
        const QString code = row->data(Qt::UserRole + 1).toString();
        if (!aboutItem && code == QStringLiteral("[H1-1.1-02]")) {
            aboutItem = row;
        }
        if (!aboutCriterion && code.isEmpty() && row->data(Qt::UserRole + 2).toString() == QStringLiteral("3.2")) {
            aboutCriterion = row;
        }
    }
    QVERIFY(aboutItem);
    QVERIFY(aboutCriterion);
    view->selectItem(QStringLiteral("[H1-1.1-01]"));
    Q_EMIT findings->itemActivated(aboutItem);
    QCOMPARE(view->selectedCodes(), QStringList{QStringLiteral("[H1-1.1-02]")});
    Q_EMIT findings->itemActivated(aboutCriterion);
    QCOMPARE(tabs->currentIndex(), 0);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("criteriaTree"));
    QCOMPARE(tree->currentIndex().data(Core::CriteriaTreeModel::CodeRole).toString(), QStringLiteral("3.2"));
}

void TestEvidenceViews::demoSchool_registerListsEveryItem()
{
    QString error;
    QVERIFY2(Gui::Startup::ensureDemo(&error), qPrintable(error));
    QVERIFY2(m_window->openFile(Gui::Startup::demoPath()), qPrintable(m_window->errorString()));
    const QString criterion = m_window->document()->framework().criteria().at(1)->code;
    select(criterion);
    // The demo's second criterion has its own item and cites the first one's.
    QTRY_COMPARE(m_list->count(), 2);
    QTRY_VERIFY(m_list->item(1)->text().contains(QStringLiteral("cited, from criterion")));
    // Both demo items have a file: the screenshot waits for their previews.
    const QImage placeholder = m_view->style()->standardIcon(QStyle::SP_FileIcon).pixmap(40, 40).toImage();
    QTRY_VERIFY(m_list->item(0)->icon().pixmap(40, 40).toImage() != placeholder);
    QTRY_VERIFY(m_list->item(1)->icon().pixmap(40, 40).toImage() != placeholder);
    screenshot(QStringLiteral("evidence-criterion-demo.png"));
    auto *view = m_window->findChild<Gui::EvidenceRegisterView *>(QStringLiteral("evidenceRegister"));
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(view);
    auto *table = view->findChild<QTableView *>(QStringLiteral("evidenceTable"));
    QCOMPARE(table->model()->rowCount(), int(m_window->document()->evidence().size()));
    QVERIFY(view->findChild<QListWidget *>(QStringLiteral("healthList"))->count() > 0);
    screenshot(QStringLiteral("evidence-register-demo.png"));
}

QTEST_MAIN(TestEvidenceViews)
#include "tst_evidenceviews.moc"
