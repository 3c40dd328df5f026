#pragma once

#include "gui/page.h"

#include <memory>

namespace Ui {
class ReportsPage;
}

namespace ed::gui {

/// Printed reports. They come with a later update, and the page says so.
class ReportsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

public slots:
    void reload() override {} // nothing to read yet

private:
    std::unique_ptr<Ui::ReportsPage> m_ui;
};

} // namespace ed::gui
