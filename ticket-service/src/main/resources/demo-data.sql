-- Demo organisation of the local stack (loaded when SWITCHBOARD_DEMO_DATA_ENABLED=true).
-- Users and passwords live in Keycloak (deploy/keycloak); group ids are shared with routing-service's demo data.
INSERT INTO workspace (code, name, type, time_zone, help_center_languages, masking_enabled) VALUES
    ('CS', 'Customer Support', 'INQUIRY', 'Asia/Seoul', 'ko,ja,en', TRUE),
    ('DEV', 'Development Issues', 'ISSUE', 'Asia/Tokyo', 'ja', FALSE)
ON CONFLICT DO NOTHING;

INSERT INTO operator (username, display_name, email) VALUES
    ('alice', 'Alice Park', 'alice@example.com'),
    ('bob', 'Bob Kim', 'bob@example.com'),
    ('carol', 'Carol Sato', 'carol@example.com'),
    ('dave', 'Dave Tanaka', 'dave@example.com')
ON CONFLICT DO NOTHING;

INSERT INTO operator_group (id, workspace_code, name) VALUES
    ('a0000000-0000-4000-8000-000000000001', 'CS', 'Support'),
    ('a0000000-0000-4000-8000-000000000002', 'DEV', 'Developers')
ON CONFLICT DO NOTHING;

INSERT INTO membership (id, workspace_code, username, role, may_forward, assignment_enabled) VALUES
    ('b0000000-0000-4000-8000-000000000001', 'CS', 'alice', 'ADMIN', TRUE, FALSE),
    ('b0000000-0000-4000-8000-000000000002', 'CS', 'bob', 'OPERATOR', TRUE, TRUE),
    ('b0000000-0000-4000-8000-000000000003', 'CS', 'carol', 'OPERATOR', TRUE, TRUE),
    ('b0000000-0000-4000-8000-000000000004', 'DEV', 'dave', 'OPERATOR', TRUE, TRUE)
ON CONFLICT DO NOTHING;

INSERT INTO group_member (id, group_id, username, joined_at) VALUES
    ('c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'bob', '2026-01-01T00:00:00Z'),
    ('c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'carol', '2026-01-02T00:00:00Z'),
    ('c0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 'dave', '2026-01-01T00:00:00Z')
ON CONFLICT DO NOTHING;

-- Third-party API: the demo integration client may work in CS only.
INSERT INTO integration_grant (client_id, service_code) VALUES
    ('demo-integration', 'CS')
ON CONFLICT DO NOTHING;

-- Inquiry types of CS (parents before children: depth comes from the parent).
INSERT INTO inquiry_type (id, service_code, parent_id, names, position, active, depth) VALUES
    ('d0000000-0000-4000-8000-000000000001', 'CS', NULL,
     '{"ko": "결제", "ja": "お支払い", "en": "Billing"}', 1, TRUE, 1),
    ('d0000000-0000-4000-8000-000000000004', 'CS', NULL,
     '{"ko": "계정", "ja": "アカウント", "en": "Account"}', 2, TRUE, 1),
    ('d0000000-0000-4000-8000-000000000006', 'CS', NULL,
     '{"ko": "배송", "ja": "配送", "en": "Shipping"}', 3, TRUE, 1)
ON CONFLICT DO NOTHING;
INSERT INTO inquiry_type (id, service_code, parent_id, names, position, active, depth) VALUES
    ('d0000000-0000-4000-8000-000000000002', 'CS', 'd0000000-0000-4000-8000-000000000001',
     '{"ko": "환불", "ja": "返金", "en": "Refund"}', 1, TRUE, 2),
    ('d0000000-0000-4000-8000-000000000003', 'CS', 'd0000000-0000-4000-8000-000000000001',
     '{"ko": "이중 결제", "ja": "二重請求", "en": "Double charge"}', 2, TRUE, 2),
    ('d0000000-0000-4000-8000-000000000007', 'CS', 'd0000000-0000-4000-8000-000000000001',
     '{"ko": "포인트 (종료)", "ja": "ポイント（終了）", "en": "Points (discontinued)"}', 3, FALSE, 2),
    ('d0000000-0000-4000-8000-000000000005', 'CS', 'd0000000-0000-4000-8000-000000000004',
     '{"ko": "로그인", "ja": "ログイン", "en": "Login"}', 1, TRUE, 2)
ON CONFLICT DO NOTHING;

-- Inquiry types of DEV, the issue-management service CS escalates to (parents first).
INSERT INTO inquiry_type (id, service_code, parent_id, names, position, active, depth) VALUES
    ('d0000000-0000-4000-8000-000000000011', 'DEV', NULL,
     '{"ko": "버그", "ja": "不具合", "en": "Bug"}', 1, TRUE, 1),
    ('d0000000-0000-4000-8000-000000000013', 'DEV', NULL,
     '{"ko": "데이터 수정", "ja": "データ修正", "en": "Data correction"}', 2, TRUE, 1)
ON CONFLICT DO NOTHING;
INSERT INTO inquiry_type (id, service_code, parent_id, names, position, active, depth) VALUES
    ('d0000000-0000-4000-8000-000000000012', 'DEV', 'd0000000-0000-4000-8000-000000000011',
     '{"ko": "앱 오류", "ja": "アプリのエラー", "en": "App error"}', 1, TRUE, 2)
ON CONFLICT DO NOTHING;

-- Processing types of CS.
INSERT INTO processing_type (id, service_code, parent_id, names, position, active, depth) VALUES
    ('e0000000-0000-4000-8000-000000000001', 'CS', NULL,
     '{"ko": "안내", "ja": "案内", "en": "Guidance"}', 1, TRUE, 1),
    ('e0000000-0000-4000-8000-000000000003', 'CS', NULL,
     '{"ko": "기타 (종료)", "ja": "その他（終了）", "en": "Other (discontinued)"}', 2, FALSE, 1)
ON CONFLICT DO NOTHING;
INSERT INTO processing_type (id, service_code, parent_id, names, position, active, depth) VALUES
    ('e0000000-0000-4000-8000-000000000002', 'CS', 'e0000000-0000-4000-8000-000000000001',
     '{"ko": "환불 처리", "ja": "返金処理", "en": "Refund made"}', 1, TRUE, 2)
ON CONFLICT DO NOTHING;

-- Fields of CS: the order number for Billing inquiries (and their subtypes), an internal note for operators.
INSERT INTO field_definition (id, service_code, code, scope, type, names, options, required, encrypted, admin_only,
                              active, position, created_at) VALUES
    ('f0000000-0000-4000-8000-000000000001', 'CS', 'order_no', 'CUSTOMER', 'text',
     '{"ko": "주문 번호", "ja": "注文番号", "en": "Order number"}', '[]', TRUE, FALSE, FALSE, TRUE, 1, now()),
    ('f0000000-0000-4000-8000-000000000002', 'CS', 'cause', 'OPERATOR', 'dropdown',
     '{"ko": "원인", "ja": "原因", "en": "Cause"}',
     jsonb_build_array(
         jsonb_build_object('value', 'bug', 'names', '{"ko": "버그", "ja": "不具合", "en": "Bug"}'::jsonb),
         jsonb_build_object('value', 'user', 'names', '{"ko": "사용자", "ja": "ユーザー", "en": "User error"}'::jsonb)),
     FALSE, FALSE, FALSE, TRUE, 2, now())
ON CONFLICT DO NOTHING;
-- A field of DEV: bugs (and their subtypes) need the app version.
INSERT INTO field_definition (id, service_code, code, scope, type, names, options, required, encrypted, admin_only,
                              active, position, created_at) VALUES
    ('f0000000-0000-4000-8000-000000000011', 'DEV', 'app_version', 'CUSTOMER', 'text',
     '{"ko": "앱 버전", "ja": "アプリのバージョン", "en": "App version"}', '[]', TRUE, FALSE, FALSE, TRUE, 1, now())
ON CONFLICT DO NOTHING;
INSERT INTO field_inquiry_type (field_id, inquiry_type_id) VALUES
    ('f0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001'),
    ('f0000000-0000-4000-8000-000000000011', 'd0000000-0000-4000-8000-000000000011')
ON CONFLICT DO NOTHING;
-- Templates of CS in Korean, Japanese and English, and one shared by every service (service_code NULL).
INSERT INTO template (id, service_code, title, body, format, search_code, usage_count, version, created_by, created_at,
                      updated_by, updated_at) VALUES
    ('70000000-0000-4000-8000-000000000001', 'CS', '환불 안내',
     '<p>안녕하세요, {{customer.name}} 고객님. {{service.name}} 상담원 {{operator.name}}입니다.</p><p>문의하신 티켓 {{ticket.number}} 「{{ticket.title}}」의 환불 요청이 {{today}} 접수되었습니다. 영업일 기준 3~5일 내에 처리됩니다.</p><p>감사합니다.</p>',
     'HTML', '환불', 0, 0, 'alice', now(), 'alice', now()),
    ('70000000-0000-4000-8000-000000000002', 'CS', '返金のご案内',
     '{{customer.name}} 様

お問い合わせいただきありがとうございます。{{service.name}}担当の{{operator.name}}です。
チケット {{ticket.number}}「{{ticket.title}}」の返金を{{today}}に受け付けました。3～5営業日以内に処理いたします。

今後ともよろしくお願いいたします。',
     'TEXT', 'へんきん', 0, 0, 'alice', now(), 'alice', now()),
    ('70000000-0000-4000-8000-000000000003', 'CS', 'Refund on its way',
     'Dear {{customer.name}},

thank you for contacting {{service.name}}. The refund for ticket {{ticket.number}} ("{{ticket.title}}") was accepted on {{today}} and reaches you within 3-5 business days.

Kind regards,
{{operator.name}}',
     'TEXT', 'refund', 0, 0, 'alice', now(), 'alice', now()),
    ('70000000-0000-4000-8000-000000000004', NULL, '인사 / ご挨拶 / Greeting',
     '<p>{{customer.name}} 고객님, {{service.name}}에 문의해 주셔서 감사합니다.</p><p>{{customer.name}} 様、{{service.name}}へお問い合わせいただきありがとうございます。</p><p>Dear {{customer.name}}, thank you for contacting {{service.name}}.</p>',
     'HTML', 'greeting', 0, 0, 'alice', now(), 'alice', now())
ON CONFLICT DO NOTHING;
INSERT INTO template_processing_type (template_id, processing_type_id) VALUES
    ('70000000-0000-4000-8000-000000000001', 'e0000000-0000-4000-8000-000000000002'),
    ('70000000-0000-4000-8000-000000000002', 'e0000000-0000-4000-8000-000000000002'),
    ('70000000-0000-4000-8000-000000000003', 'e0000000-0000-4000-8000-000000000002')
ON CONFLICT DO NOTHING;
