<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DailyPlanDocument</name>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="86"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="87"/>
        <source>Line / unit</source>
        <translation>产线/班组</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="88"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="89"/>
        <source>Customer order</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="90"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="91"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="92"/>
        <source>Op</source>
        <translation>工序</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="93"/>
        <source>Today</source>
        <translation>今日数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="94"/>
        <source>Order qty</source>
        <translation>订单数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="95"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="96"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="97"/>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="98"/>
        <source>Material</source>
        <translation>物料状态</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="99"/>
        <source>Actual</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="100"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="121"/>
        <source>Subtotal %1 %2: %n row(s), quantity %3, %4 working hours</source>
        <translation>
            <numerusform>小计 %1 %2：%n 行，数量 %3，工时 %4 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="131"/>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="184"/>
        <source>Workshop: %1</source>
        <translation>车间：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="132"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="142"/>
        <source>Nothing is scheduled on this date.</source>
        <translation>该日期没有排产任务。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="174"/>
        <source>Daily production plan</source>
        <translation>日生产计划表</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="178"/>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="180"/>
        <source>Plan no.: %1</source>
        <translation>计划编号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="182"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="270"/>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="270"/>
        <source>Reviewed by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="271"/>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="283"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="294"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="322"/>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="347"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="10"/>
        <source>Finished</source>
        <translation>成品</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="11"/>
        <source>Semi-finished</source>
        <translation>半成品</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="12"/>
        <source>Raw material</source>
        <translation>原材料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="13"/>
        <source>Packaging</source>
        <translation>包材</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="20"/>
        <source>Make</source>
        <translation>自制</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="21"/>
        <source>Buy</source>
        <translation>外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="27"/>
        <source>Lot for lot</source>
        <translation>按需批量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="28"/>
        <source>Fixed lot</source>
        <translation>固定批量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="29"/>
        <source>MOQ and multiple</source>
        <translation>最小起订量与倍数</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/main.cpp" line="17"/>
        <source>PMC Desk: production planning and material control</source>
        <translation>PMC Desk：生产计划与物料控制</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="20"/>
        <source>Factory database file.</source>
        <translation>工厂数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="21"/>
        <source>Log debug messages.</source>
        <translation>记录调试日志。</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="34"/>
        <source>PMC Desk</source>
        <translation>PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="35"/>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>pmc::app::Document</name>
    <message>
        <location filename="../../src/app/Document.cpp" line="57"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/Document.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>pmc::app::ItemTableModel</name>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="53"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="55"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="56"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="57"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="58"/>
        <source>Lead time (days)</source>
        <translation>提前期（天）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="59"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="60"/>
        <source>Lot rule</source>
        <translation>批量规则</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="61"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>pmc::app::MrpExceptionTableModel</name>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="16"/>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="17"/>
        <source>Expedite</source>
        <translation>需提前</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="18"/>
        <source>Excess</source>
        <translation>多余</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="64"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="65"/>
        <source>Exception</source>
        <translation>例外类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="66"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="67"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="68"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>pmc::app::PlannedOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="79"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="80"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="81"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="82"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="83"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="84"/>
        <source>Release</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="85"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="86"/>
        <source>Pegged to</source>
        <translation>追溯需求</translation>
    </message>
</context>
<context>
    <name>pmc::app::SalesOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="76"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="77"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="78"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="79"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="80"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="81"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="82"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="83"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
</context>
<context>
    <name>pmc::app::ScheduledOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="60"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="60"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="76"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="77"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="78"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="79"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="80"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="81"/>
        <source>Projected completion</source>
        <translation>预计完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="82"/>
        <source>Days late</source>
        <translation>延误天数</translation>
    </message>
</context>
<context>
    <name>pmc::app::ShortageTableModel</name>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="46"/>
        <source>%1 due %2 (%3 days late)</source>
        <translation>%1 交期 %2（延误 %3 天）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="93"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="94"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="95"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="96"/>
        <source>Short quantity</source>
        <translation>欠料数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="97"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="98"/>
        <source>First missing</source>
        <translation>首次缺料日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="99"/>
        <source>Blocked orders</source>
        <translation>受影响订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="100"/>
        <source>Late purchase orders</source>
        <translation>逾期采购单</translation>
    </message>
</context>
<context>
    <name>pmc::ui::GanttView</name>
    <message>
        <location filename="../../ui/GanttView.cpp" line="189"/>
        <source>Press Schedule (F6) to build the schedule.</source>
        <translation>请按“排程 (F6)”生成排程。</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="239"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="282"/>
        <source>&lt;b&gt;%1&lt;/b&gt; op %2&lt;br&gt;%3 %4 × %5&lt;br&gt;%6 – %7&lt;br&gt;due %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 工序 %2&lt;br&gt;%3 %4 × %5&lt;br&gt;%6 – %7&lt;br&gt;交期 %8</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="289"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:red&apos;&gt;%1 days late&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:red&apos;&gt;延误 %1 天&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="38"/>
        <source>PMC Desk</source>
        <translation>PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="43"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="70"/>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>MRP</source>
        <translation>物料需求</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="72"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="73"/>
        <source>Shortages</source>
        <translation>欠料</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>Plans</source>
        <translation>生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>Production plans</source>
        <translation>生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="78"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="75"/>
        <source>The daily production plan (日生产计划表) is derived from the schedule. In this version it is printed from the command line: &quot;pmc-cli plan daily --date YYYY-MM-DD --pdf plan.pdf&quot; (add --workshop to print one workshop). Weekly and monthly plans and release are not built yet.</source>
        <translation>日生产计划表由排程生成。当前版本通过命令行打印：&quot;pmc-cli plan daily --date YYYY-MM-DD --pdf plan.pdf&quot;（加 --workshop 可只打印一个车间）。周计划、月计划和计划发布尚未提供。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="79"/>
        <source>Shop-floor completions are recorded with &quot;pmc-cli report&quot; and the KPIs (plan achievement, scrap rate) are computed with &quot;pmc-cli kpi&quot;. Charts of them are not built yet.</source>
        <translation>车间完工用 &quot;pmc-cli report&quot; 录入，KPI（计划达成率、报废率）用 &quot;pmc-cli kpi&quot; 计算。图表尚未提供。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="85"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86"/>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="87"/>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="89"/>
        <source>&amp;Import scenario...</source>
        <translation>导入场景(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>&amp;Export scenario...</source>
        <translation>导出场景(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="92"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="94"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="95"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="102"/>
        <source>&amp;Copy as table</source>
        <translation>复制为表格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="106"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="111"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="117"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="118"/>
        <source>&amp;About PMC Desk</source>
        <translation>关于 PMC Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119"/>
        <source>About PMC Desk</source>
        <translation>关于 PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="120"/>
        <source>&lt;b&gt;PMC Desk %1&lt;/b&gt;&lt;p&gt;Production planning and material control for make-to-order plants.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PMC Desk %1&lt;/b&gt;&lt;p&gt;面向按单生产工厂的生产计划与物料控制。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149"/>
        <source>Planning date: %1</source>
        <translation>计划日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="151"/>
        <source>PMC Desk - %1</source>
        <translation>PMC Desk - %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163"/>
        <source>%1 was refused; nothing was changed.
%2 problem(s), the first: %3</source>
        <translation>%1 被拒绝，未做任何更改。
共 %2 个问题，第一个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="170"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="176"/>
        <source>New factory database</source>
        <translation>新建工厂数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="176"/>
        <source>Factory database (*.db)</source>
        <translation>工厂数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="186"/>
        <source>Open factory database</source>
        <translation>打开工厂数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="186"/>
        <source>Factory database (*.db);;All files (*)</source>
        <translation>工厂数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="188"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>Import scenario</source>
        <translation>导入场景</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>Scenario (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="197"/>
        <source>Importing replaces all planning data in %1. Continue?</source>
        <translation>导入将替换 %1 中的全部计划数据。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>Imported %1 (%2 warning(s))</source>
        <translation>已导入 %1（%2 条警告）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <location filename="../../ui/MainWindow.cpp" line="210"/>
        <source>Export scenario</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="212"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MrpPage</name>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="20"/>
        <source>Run MRP (F5)</source>
        <translation>运行 MRP (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="31"/>
        <source>&lt;b&gt;Exception messages&lt;/b&gt;</source>
        <translation>&lt;b&gt;例外信息&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="57"/>
        <source>MRP</source>
        <translation>物料需求</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="57"/>
        <source>MRP failed: %1</source>
        <translation>MRP 运行失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="67"/>
        <source>Planning material requirements...</source>
        <translation>正在计算物料需求...</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="87"/>
        <source>MRP has not run on this data yet. Press Run MRP to plan what to make and buy.</source>
        <translation>尚未对当前数据运行 MRP。请点击“运行 MRP”计算需要自制和采购的物料。</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="94"/>
        <source>Last run %1: %2 planned orders (%3 make, %4 buy), %5 exception messages</source>
        <translation>上次运行 %1：%2 个计划订单（自制 %3，外购 %4），%5 条例外信息</translation>
    </message>
</context>
<context>
    <name>pmc::ui::SchedulePage</name>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="24"/>
        <source>Schedule (F6)</source>
        <translation>排程 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="32"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="33"/>
        <source>Time the optimizer may spend improving the schedule after it is built</source>
        <translation>排程生成后优化器可用于改进排程的时间</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="44"/>
        <source>Optimize for</source>
        <translation>优化时间</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="62"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="62"/>
        <source>Scheduling failed: %1</source>
        <translation>排程失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="72"/>
        <source>Building the schedule...</source>
        <translation>正在生成排程...</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="72"/>
        <source>Stop and keep the best</source>
        <translation>停止并保留最佳结果</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="92"/>
        <source>No schedule yet. Press Schedule to place the work orders and planned orders on the work centers.</source>
        <translation>尚未排程。请按“排程”将工单和计划订单排到各工作中心。</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="99"/>
        <source>%1 operations; %2 of %3 orders late; %4 of %5 sales order lines late; last operation ends %6</source>
        <translation>%1 道工序；%3 个订单中 %2 个延误；%5 个销售订单行中 %4 个延误；最后一道工序于 %6 完成</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ShortagePage</name>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="21"/>
        <source>Run MRP</source>
        <translation>运行 MRP</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="39"/>
        <source>Run MRP to list the materials that stock and open purchase orders do not cover.</source>
        <translation>请运行 MRP，列出库存和在途采购单无法满足的物料。</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="44"/>
        <source>%1 materials short, %2 of them blocking orders (MRP run %3)</source>
        <translation>%1 种物料欠料，其中 %2 种影响订单（MRP 运行于 %3）</translation>
    </message>
</context>
<context>
    <name>pmc::ui::TablePage</name>
    <message>
        <location filename="../../ui/TablePage.cpp" line="29"/>
        <source>Filter (Ctrl+F): any text in any column</source>
        <translation>筛选 (Ctrl+F)：任意列中的任意文字</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="77"/>
        <source>%1 of %2 rows</source>
        <translation>%2 行中的 %1 行</translation>
    </message>
</context>
</TS>
