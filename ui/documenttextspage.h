#pragma once

#include <QTimer>
#include <QWidget>

class QListView;
class QPlainTextEdit;

namespace Minh::Core {
class DocumentSettingsModel;
}

namespace Minh::Gui {

// The texts the school writes into the report or the improvement plan outside the criteria
// (Đặt vấn đề, Kết luận chung, Căn cứ xây dựng kế hoạch…): which texts there are is the regime's
// outline, listed on the left; the one chosen is written on the right, in room enough for pages.
// Typing is saved a moment after it pauses, through the undo stack.
class DocumentTextsPage : public QWidget
{
    Q_OBJECT

public:
    DocumentTextsPage(Core::DocumentSettingsModel *model, bool readOnly, QWidget *parent = nullptr);

    // Saves what is typed but not yet saved (before choosing another text or closing).
    void flush();
    void showText(int row);

private:
    void load();

    Core::DocumentSettingsModel *m_model;
    QListView *m_list;
    QPlainTextEdit *m_editor;
    QTimer m_saveTimer;
    int m_row = -1;
    bool m_pending = false;
};

} // namespace Minh::Gui
