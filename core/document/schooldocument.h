#pragma once

#include "councilmember.h"
#include "evaluation/evaluation.h"
#include "evaluation/judgementset.h"
#include "evidence/evidencestore.h"
#include "evidencefield.h"
#include "evidenceitem.h"
#include "evidencecodechange.h"
#include "framework/framework.h"
#include "planactivity.h"
#include "planitem.h"
#include "schoolinfo.h"
#include "storage/schoolfile.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace Minh::Core {

// One open school file: its framework copy, school, assessment, judgements, texts, council, plan
// and evidence metadata. Every edit is written and committed when it is made, together with a
// change-log row, so a killed process loses at most the edit in flight.
class SchoolDocument : public QObject
{
    Q_OBJECT

public:
    explicit SchoolDocument(QObject *parent = nullptr);
    ~SchoolDocument() override;

    [[nodiscard]] bool open(const QString &path, SchoolFile::Access access = SchoolFile::Access::ReadWrite);
    [[nodiscard]] bool create(const QString &path, const Framework &framework, const SchoolInfo &school,
                              const QString &schoolYear, QDate rulesDate = QDate::currentDate());
    void close();
    [[nodiscard]] bool setDurable(bool durable) { return m_file.setDurable(durable) || fail(m_file.errorString()); }

    bool isOpen() const { return m_framework.has_value(); }
    QString path() const { return m_file.path(); }
    bool isReadOnly() const { return m_file.isReadOnly(); }
    // After a failed open(): another Minh has the file open for changes; read-only still works.
    bool isLockedElsewhere() const { return m_file.isLockedElsewhere(); }
    QString readOnlyReason() const { return m_file.readOnlyReason(); }
    QString backupPath() const { return m_file.backupPath(); }
    QString errorString() const { return m_error; }
    // When the file was moved or deleted while open, the first failed edit starts a copy of
    // everything saved to recoveryPath() beside it, in the background (progress in pages, result
    // empty or why it failed); edits are refused until it ends. See SchoolFile::startRecoveryCopy().
    QFuture<QString> recoveryCopy() const { return m_file.recoveryCopy(); }
    QString recoveryPath() const { return m_file.recoveryPath(); }
    bool isRecovering() const { return m_file.isRecovering(); }

    // The name written into the change log for edits made from now on.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    const Framework &framework() const { return *m_framework; }
    // The one undo stack of this open file; emptied when another file is opened.
    QUndoStack *undoStack() { return &m_undoStack; }
    const SchoolInfo &school() const { return m_school; }
    const AssessmentInfo &assessment() const { return m_assessment; }
    const JudgementSet &judgements() const { return m_judgements; }
    const QList<CouncilMember> &council() const { return m_council; }
    const QList<PlanItem> &plan() const { return m_plan; }
    const QList<EvidenceItem> &evidence() const { return m_evidence; }
    QString criterionText(const QString &criterion, const QString &field) const;
    QString standardText(int standard, const QString &field) const;
    // The texts of a Mức 4 requirement (Điều 22 of the 2018 circulars), with the criterion fields.
    QString extraRequirementText(int requirement, const QString &field) const;

    Evaluation evaluate() const;
    // What the levels would be with these judgements instead; the file is not touched.
    Evaluation evaluate(const JudgementSet &whatIf) const;

    // Checks that `ref` names an indicator of the framework that is in force for this assessment.
    [[nodiscard]] bool isJudgeable(const IndicatorRef &ref, QString *error) const;

    [[nodiscard]] bool setIndicatorVerdict(const IndicatorRef &ref, Verdict verdict);
    [[nodiscard]] bool setExtraRequirementVerdict(int number, Verdict verdict);
    // Applies several verdicts in one transaction: all of them or none.
    [[nodiscard]] bool applyJudgements(const QList<QPair<IndicatorRef, Verdict>> &indicators,
                                       const QList<QPair<int, Verdict>> &extraRequirements);
    [[nodiscard]] bool setCriterionText(const QString &criterion, const QString &field, const QString &text);
    [[nodiscard]] bool setStandardText(int standard, const QString &field, const QString &text);
    [[nodiscard]] bool setExtraRequirementText(int requirement, const QString &field, const QString &text);
    [[nodiscard]] bool setSchoolInfo(const SchoolInfo &school);
    [[nodiscard]] bool addCouncilMember(CouncilMember member);
    [[nodiscard]] bool addPlanItem(PlanItem item);
    // Plan rows and council members as the workbench edits them (schooldocumentrecords.cpp). Each
    // call is one transaction with its change-log rows and ends with recordsChanged().
    // insert…(): an item with an id (restored by undo) keeps it; `row` is its place in the list.
    [[nodiscard]] bool insertPlanItem(PlanItem *item, int row);
    [[nodiscard]] bool updatePlanItem(const PlanItem &item);
    [[nodiscard]] bool removePlanItem(qint64 id);
    [[nodiscard]] bool movePlanItem(int from, int to);
    const PlanItem *planItem(qint64 id) const;
    [[nodiscard]] bool insertCouncilMember(CouncilMember *member, int row);
    [[nodiscard]] bool updateCouncilMember(const CouncilMember &member);
    [[nodiscard]] bool removeCouncilMember(qint64 id);
    const CouncilMember *councilMember(qint64 id) const;
    [[nodiscard]] bool addEvidenceItem(EvidenceItem item);
    // Creates an item and imports its files, all or nothing. An empty code is assigned from the
    // framework's scheme: the criterion's next number, in box `item.box` (default: the standard's
    // number). `imported` receives one entry per path, in order.
    [[nodiscard]] bool addEvidence(EvidenceItem item, const QStringList &paths,
                                   QList<EvidenceStore::Imported> *imported = nullptr,
                                   const EvidenceStore::Progress &progress = {});
    [[nodiscard]] bool attachEvidenceFiles(const QString &code, const QStringList &paths,
                                           QList<EvidenceStore::Imported> *imported = nullptr,
                                           const EvidenceStore::Progress &progress = {});
    // Records that `criterion` uses the item (besides the criterion it belongs to).
    [[nodiscard]] bool citeEvidence(const QString &code, const QString &criterion);
    // Marks an item as kept on purpose although no text cites it (or not).
    [[nodiscard]] bool setEvidenceKept(const QString &code, bool kept);
    const EvidenceItem *evidenceItem(const QString &code) const;
    // The edits undo commands make (see commands/). Removing an item keeps its stored contents, so
    // that restoring the snapshot taken before brings it back whole, files and citations included.
    [[nodiscard]] bool removeEvidence(const QString &code);
    [[nodiscard]] bool restoreEvidence(const EvidenceItem &item);
    [[nodiscard]] bool uncite(const QString &code, const QString &criterion);
    [[nodiscard]] bool setEvidenceField(const QString &code, EvidenceField field, const QString &value);
    // Reads the evidence metadata again, after a background job wrote it on its own connection.
    [[nodiscard]] bool reloadEvidence();
    // Reads stored evidence contents; valid while the document stays open.
    EvidenceStore evidenceStore() const { return EvidenceStore(m_file.database()); }
    QString nextEvidenceCode(const QString &criterion, int box, int *sequence = nullptr) const;
    // Gives items new codes and rewrites every citation of them in the texts, in one transaction.
    // Used by EvidenceRenumbering, which computes and previews the changes.
    [[nodiscard]] bool renumberEvidence(const QList<EvidenceCodeChange> &changes);

    // School data for the printed documents (schooldocumentschooldata.cpp).
    // The school years the data tables cover: as many as the regime's window, ending with the
    // assessment's school year, oldest first.
    QStringList dataSchoolYears() const;
    QString schoolFigure(const QString &schoolYear, const QString &figure) const;
    // An empty value clears the figure.
    [[nodiscard]] bool setSchoolFigure(const QString &schoolYear, const QString &figure, const QString &value);
    // The stored value of a DocumentSettings field; empty when the school has not set it.
    QString documentSetting(const QString &document, const QString &field) const;
    [[nodiscard]] bool setDocumentSetting(const QString &document, const QString &field, const QString &value);
    const QList<PlanActivity> &planActivities() const { return m_planActivities; }
    const PlanActivity *planActivity(qint64 id) const;
    // Adds a row (id 0 gets a new id; a positive id restores a removed row with that id).
    [[nodiscard]] bool addPlanActivity(PlanActivity *activity);
    [[nodiscard]] bool updatePlanActivity(const PlanActivity &activity);
    [[nodiscard]] bool removePlanActivity(qint64 id);

    // Stores `newer` as the assessment's framework and clears the verdicts named in `cleared`
    // (indicator references or "level<N>/<n>"), in one transaction; used by FrameworkUpgrade.
    [[nodiscard]] bool replaceFramework(const Framework &newer, const QStringList &cleared);

Q_SIGNALS:
    void judgementsChanged();
    void textsChanged();
    void schoolChanged();
    void recordsChanged();
    void schoolDataChanged();
    void recoveryStarted(const QString &copyPath);
    // `error` is empty when the copy is complete.
    void recoveryFinished(const QString &copyPath, const QString &error);

private:
    bool load();
    bool fail(const QString &message);
    // A write that failed: the message says why in the user's terms (SchoolFile::explainWriteFailure).
    bool failWrite(const QString &error);
    void startRecoveryCopy();
    bool checkWritable();
    bool writeIndicatorVerdict(QSqlDatabase &db, const IndicatorRef &ref, Verdict verdict, JudgementSet *pending,
                               bool checkJudgeable = true);
    bool writeExtraVerdict(QSqlDatabase &db, int number, Verdict verdict, JudgementSet *pending);
    bool checkCriteria(const QStringList &codes, const QString &what);
    bool importFiles(QSqlDatabase &db, qint64 itemId, const QStringList &paths, QList<EvidenceStore::Imported> *imported,
                     const EvidenceStore::Progress &progress);
    // Reads one item back after an edit of it alone (or drops it when it is gone).
    bool reloadEvidenceItem(qint64 id);
    // Rebuilds m_evidenceIdByCode after m_evidence was read whole.
    void indexEvidence();
    bool loadSchoolData();
    bool writeSchoolData(const std::function<bool(QSqlDatabase &db, QString *error)> &write);
    bool writeRenumbering(const QList<EvidenceCodeChange> &changes);
    bool writeFramework(const Framework &newer, const QStringList &cleared);
    bool writeText(const QString &table, const QString &keyColumn, const QString &key, const QString &field,
                   const QString &text, QHash<QString, QString> *cache);
    template<typename Item, typename Add>
    bool addRecord(Item &item, Add add, QList<Item> *list);
    // Runs `write` in one transaction on a writable file; on success emits recordsChanged().
    bool writeRecords(const std::function<bool(QSqlDatabase &db, QString *error)> &write);

    SchoolFile m_file;
    QFutureWatcher<QString> m_recoveryWatcher;
    QString m_recoveryTarget; // of the copy m_recoveryWatcher follows, which may outlive the file's state
    QUndoStack m_undoStack;
    std::optional<Framework> m_framework;
    SchoolInfo m_school;
    AssessmentInfo m_assessment;
    JudgementSet m_judgements;
    QHash<QString, QString> *textCache(QLatin1String table); // of a table in TextTables
    QHash<QString, QString> m_criterionTexts; // "code\nfield" → text
    QHash<QString, QString> m_standardTexts;  // "number\nfield" → text
    QHash<QString, QString> m_extraRequirementTexts; // "requirement number\nfield" → text
    QList<CouncilMember> m_council;
    QList<PlanItem> m_plan;
    QList<EvidenceItem> m_evidence; // in the order of the ids
    // code → id: the register sorts and filters thousands of rows by looking items up by code,
    // so a lookup must not scan the list (it made opening 2,000 items take seconds).
    QHash<QString, qint64> m_evidenceIdByCode;
    QHash<QString, QString> m_schoolFigures;    // "year\nfigure" → value
    QHash<QString, QString> m_documentSettings; // "document\nfield" → value
    QList<PlanActivity> m_planActivities;
    QString m_author;
    QString m_error;
};

} // namespace Minh::Core
