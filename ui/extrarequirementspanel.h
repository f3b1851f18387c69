#pragma once

#include <QSplitter>

class QComboBox;
class QTextBrowser;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

class CriterionTextsEditor;

// The school-wide requirements of a level above the criteria (Mức 4 of the 2018 circulars), each
// with the council's verdict, which a click changes through the undo stack, and below them the
// texts the council writes for the requirement chosen (the Mức 4 form and report section).
class ExtraRequirementsPanel : public QSplitter
{
    Q_OBJECT

public:
    explicit ExtraRequirementsPanel(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    QTextBrowser *verdicts() const { return m_verdicts; }
    CriterionTextsEditor *textsEditor() const { return m_texts; }
    // Chooses the requirement whose texts are edited.
    void showRequirement(int number);

private:
    void refresh();
    void judge(const QUrl &link);

    void fillChooser();

    Core::SchoolDocument *m_document = nullptr;
    QTextBrowser *m_verdicts;
    QComboBox *m_chooser;
    CriterionTextsEditor *m_texts;
};

} // namespace Minh::Gui
