using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Storage.Migrations;

/// <summary>
/// Case tables: cases, their inbox tasks (due-time indexed warnings), the append-only case journal, daily
/// number counters, attachments and users. Hand-written with provider-neutral operations like the first one.
/// </summary>
[DbContext(typeof(GovernanceDbContext))]
[Migration("20261122000200_Cases")]
public sealed class Cases : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("cases", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            number = t.Column<string>(maxLength: 40, nullable: false),
            county_code = t.Column<string>(maxLength: 12, nullable: false),
            channel = t.Column<string>(maxLength: 20, nullable: false),
            reporter_name = t.Column<string>(maxLength: 100, nullable: true),
            reporter_phone = t.Column<string>(maxLength: 40, nullable: true),
            reporter_username = t.Column<string>(maxLength: 100, nullable: true),
            grid_code = t.Column<string>(maxLength: 20, nullable: false),
            address = t.Column<string>(maxLength: 400, nullable: true),
            longitude = t.Column<double>(nullable: true),
            latitude = t.Column<double>(nullable: true),
            item_code = t.Column<string>(maxLength: 10, nullable: false),
            category_code = t.Column<string>(maxLength: 4, nullable: false),
            urgency = t.Column<string>(maxLength: 20, nullable: false),
            description = t.Column<string>(maxLength: 2000, nullable: false),
            reported_at = t.Column<DateTimeOffset>(nullable: false),
            reported_at_ms = t.Column<long>(nullable: false),
            idempotency_key = t.Column<string>(maxLength: 200, nullable: true),
            workflow_instance_id = t.Column<string>(maxLength: 64, nullable: true),
            workflow_version = t.Column<int>(nullable: false),
            status = t.Column<string>(maxLength: 20, nullable: false),
            assignee_json = t.Column<string>(nullable: true),
            assignee_unit = t.Column<string>(maxLength: 20, nullable: true),
            assignee_department = t.Column<string>(maxLength: 40, nullable: true),
            deadline_ms = t.Column<long>(nullable: true),
            warning = t.Column<string>(maxLength: 20, nullable: false),
            closed_at = t.Column<DateTimeOffset>(nullable: true),
            satisfaction = t.Column<string>(maxLength: 20, nullable: true),
            merged_into = t.Column<string>(maxLength: 40, nullable: true),
            reopen_count = t.Column<int>(nullable: false),
            on_time = t.Column<bool>(nullable: false),
            form_data_json = t.Column<string>(nullable: true),
            journal_count = t.Column<int>(nullable: false),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_cases", x => x.id));
        m.CreateIndex("ix_cases_number", "cases", "number", unique: true);
        m.CreateIndex("ix_cases_idempotency_key", "cases", "idempotency_key", unique: true);
        m.CreateIndex("ix_cases_workflow_instance_id", "cases", "workflow_instance_id");
        m.CreateIndex("ix_cases_status_reported_at_ms", "cases", ["status", "reported_at_ms"]);
        m.CreateIndex("ix_cases_assignee_department_status", "cases", ["assignee_department", "status"]);
        m.CreateIndex("ix_cases_assignee_unit_status", "cases", ["assignee_unit", "status"]);
        m.CreateIndex("ix_cases_grid_code_reported_at_ms", "cases", ["grid_code", "reported_at_ms"]);
        m.CreateIndex("ix_cases_item_code_reported_at_ms", "cases", ["item_code", "reported_at_ms"]);
        m.CreateTable("case_tasks", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            case_id = t.Column<string>(maxLength: 64, nullable: false),
            step = t.Column<string>(maxLength: 40, nullable: false),
            role = t.Column<string>(maxLength: 20, nullable: false),
            unit_code = t.Column<string>(maxLength: 20, nullable: false),
            department_code = t.Column<string>(maxLength: 40, nullable: true),
            actions = t.Column<string>(maxLength: 400, nullable: false),
            created_at = t.Column<DateTimeOffset>(nullable: false),
            created_at_ms = t.Column<long>(nullable: false),
            from_workflow = t.Column<bool>(nullable: false),
            form_id = t.Column<string>(maxLength: 100, nullable: true),
            form_version = t.Column<int>(nullable: true),
            state = t.Column<string>(maxLength: 20, nullable: false),
            completed_at = t.Column<DateTimeOffset>(nullable: true),
            completed_by = t.Column<string>(maxLength: 100, nullable: true),
            signed_by = t.Column<string>(maxLength: 100, nullable: true),
            signed_at = t.Column<DateTimeOffset>(nullable: true),
            clock_json = t.Column<string>(nullable: true),
            deadline_ms = t.Column<long>(nullable: true),
            warning = t.Column<string>(maxLength: 20, nullable: false),
            next_warning_ms = t.Column<long>(nullable: true),
            lease_owner = t.Column<string>(maxLength: 200, nullable: true),
            lease_until_ms = t.Column<long>(nullable: true),
            data_json = t.Column<string>(nullable: true),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_case_tasks", x => x.id));
        m.CreateIndex("ix_case_tasks_case_id", "case_tasks", "case_id");
        m.CreateIndex("ix_case_tasks_state_department_code_deadline_ms", "case_tasks", ["state", "department_code", "deadline_ms"]);
        m.CreateIndex("ix_case_tasks_state_unit_code_deadline_ms", "case_tasks", ["state", "unit_code", "deadline_ms"]);
        m.CreateIndex("ix_case_tasks_state_next_warning_ms", "case_tasks", ["state", "next_warning_ms"]);
        m.CreateTable("case_journal", t => new
        {
            case_id = t.Column<string>(maxLength: 64, nullable: false),
            sequence = t.Column<int>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            action = t.Column<string>(maxLength: 40, nullable: false),
            actor = t.Column<string>(maxLength: 100, nullable: true),
            actor_name = t.Column<string>(maxLength: 100, nullable: true),
            role = t.Column<string>(maxLength: 20, nullable: true),
            unit = t.Column<string>(maxLength: 40, nullable: true),
            comment = t.Column<string>(nullable: true),
            data_json = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_case_journal", x => new { x.case_id, x.sequence }));
        m.CreateTable("case_counters", t => new
        {
            county_code = t.Column<string>(maxLength: 100, nullable: false),
            day = t.Column<string>(maxLength: 8, nullable: false),
            last = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_case_counters", x => new { x.county_code, x.day }));
        m.CreateTable("case_attachments", t => new
        {
            id = t.Column<string>(maxLength: 64, nullable: false),
            case_id = t.Column<string>(maxLength: 64, nullable: false),
            file_name = t.Column<string>(maxLength: 260, nullable: false),
            content_type = t.Column<string>(maxLength: 100, nullable: false),
            size = t.Column<long>(nullable: false),
            content = t.Column<byte[]>(nullable: false),
            step = t.Column<string>(maxLength: 40, nullable: true),
            uploaded_by = t.Column<string>(maxLength: 100, nullable: false),
            uploaded_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_case_attachments", x => x.id));
        m.CreateIndex("ix_case_attachments_case_id", "case_attachments", "case_id");
        m.CreateTable("users", t => new
        {
            username = t.Column<string>(maxLength: 100, nullable: false),
            name = t.Column<string>(maxLength: 100, nullable: false),
            role = t.Column<string>(maxLength: 20, nullable: false),
            unit_code = t.Column<string>(maxLength: 20, nullable: false),
            department_code = t.Column<string>(maxLength: 40, nullable: true),
            phone = t.Column<string>(maxLength: 40, nullable: true),
            password_hash = t.Column<string>(maxLength: 400, nullable: false),
            disabled = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_users", x => x.username));
        m.CreateIndex("ix_users_unit_code", "users", "unit_code");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("users");
        m.DropTable("case_attachments");
        m.DropTable("case_counters");
        m.DropTable("case_journal");
        m.DropTable("case_tasks");
        m.DropTable("cases");
    }
}
