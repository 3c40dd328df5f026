#include "gui/reports/reportspage.h"

#include "ui_reportspage.h"

namespace ed::gui {

ReportsPage::ReportsPage(QWidget* parent) : Page(parent), m_ui(std::make_unique<Ui::ReportsPage>())
{
    m_ui->setupUi(this);
}

ReportsPage::~ReportsPage() = default;

} // namespace ed::gui
