package io.switchboard.loadtests.seed;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Inquiries, replies and people as a Korean, Japanese or English contact center sees them: titles and bodies are
 * put together from sentence pools with order numbers, amounts, products and dates, so no two tickets read alike
 * and a full-text index later meets real words, not lorem ipsum.
 */
final class Texts {

    /** One language's pools; {order}, {amount}, {product}, {date} and {name} are filled per ticket. */
    record Language(String code, List<String> titles, List<String> openings, List<String> details,
                    List<String> requests, List<String> closings, List<String> replies, List<String> products,
                    List<String> familyNames, List<String> givenNames,
                    List<String> romanFamily, List<String> romanGiven) {
    }

    static final Language KO = new Language("ko",
            List.of("결제가 두 번 되었습니다", "환불 요청드립니다", "환불은 언제 되나요?", "로그인이 안 돼요",
                    "비밀번호 재설정 메일이 오지 않습니다", "배송이 너무 늦어요", "주문한 상품이 파손되어 왔습니다",
                    "정기 결제 해지 문의", "쿠폰이 적용되지 않아요", "영수증 재발행 요청", "회원 탈퇴하고 싶습니다",
                    "주소 변경 부탁드립니다", "앱이 자꾸 종료됩니다", "포인트가 사라졌어요", "교환 가능한가요?",
                    "결제 수단 변경 문의", "본인 인증이 실패합니다", "배송지 오류 문의"),
            List.of("안녕하세요.", "수고 많으십니다.", "문의드립니다.", "급하게 연락드립니다.", "안녕하세요, {name}입니다."),
            List.of("{date}에 주문한 {product} (주문번호 {order}) 건입니다.",
                    "카드 명세서를 보니 {amount}원이 두 번 청구되어 있습니다.",
                    "로그인하려고 하면 '계정 정보가 일치하지 않습니다'라는 메시지가 나옵니다.",
                    "배송 조회를 해도 {date} 이후로 상태가 바뀌지 않습니다.",
                    "상품을 받아 보니 포장이 찢어져 있고 {product}에 금이 가 있었습니다.",
                    "정기 결제를 해지했는데 이번 달에도 {amount}원이 결제되었습니다.",
                    "비밀번호 재설정 메일을 여러 번 요청했지만 받은편지함과 스팸함 모두에 없습니다.",
                    "쿠폰 코드를 입력하면 '사용할 수 없는 쿠폰입니다'라고만 나옵니다.",
                    "어제부터 앱을 실행하면 바로 종료됩니다. 재설치도 해 보았습니다.",
                    "적립된 포인트 {amount}점이 오늘 보니 0으로 되어 있습니다."),
            List.of("확인 후 환불 부탁드립니다.", "어떻게 해야 하는지 알려 주세요.", "빠른 처리 부탁드립니다.",
                    "교환이나 환불 중 가능한 방법을 안내해 주세요.", "해지 처리와 함께 결제 취소를 요청합니다.",
                    "계정을 다시 사용할 수 있게 도와주세요.", "영수증을 메일로 다시 보내 주실 수 있을까요?"),
            List.of("감사합니다.", "답변 기다리겠습니다.", "좋은 하루 보내세요.", "연락 부탁드립니다."),
            List.of("안녕하세요, 고객님. 문의하신 주문 {order} 건 확인하였습니다. 중복 결제된 {amount}원은 영업일 기준 3~5일 안에 환불됩니다.",
                    "불편을 드려 죄송합니다. 비밀번호 재설정 메일을 다시 발송하였으니 스팸함도 확인 부탁드립니다.",
                    "확인을 위해 주문하신 분의 성함과 연락처를 회신해 주시면 바로 처리해 드리겠습니다."),
            List.of("무선 이어폰", "전기 주전자", "러닝화", "노트북 파우치", "공기청정기 필터", "스마트워치", "캠핑 의자"),
            List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"),
            List.of("민지", "서연", "지훈", "도윤", "하은", "준서", "수빈", "예린", "현우", "지민", "유진", "태현"),
            List.of("kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin"),
            List.of("minji", "seoyeon", "jihoon", "doyun", "haeun", "junseo", "subin", "yerin", "hyunwoo", "jimin",
                    "yujin", "taehyun"));

    static final Language JA = new Language("ja",
            List.of("配送状況を教えてください", "請求書の再発行をお願いします", "解約したいです", "二重請求されています",
                    "返金はいつになりますか", "ログインできません", "パスワードの再設定ができません", "商品が破損していました",
                    "注文をキャンセルしたい", "届いた商品が注文と違います", "クーポンが使えません", "支払い方法の変更について",
                    "アプリが起動しません", "ポイントが反映されていません", "配送先の変更をお願いします"),
            List.of("お世話になっております。", "いつもご利用しております。", "突然のご連絡失礼いたします。",
                    "{name}と申します。"),
            List.of("{date}に注文した{product}（注文番号 {order}）についてです。",
                    "カードの明細を確認したところ、{amount}円が二重に請求されていました。",
                    "配送状況を確認しても{date}から更新されていません。",
                    "届いた{product}の箱が潰れており、本体にも傷がありました。",
                    "先月解約手続きをしたはずですが、今月も{amount}円が引き落とされています。",
                    "ログインしようとすると「認証に失敗しました」と表示されます。",
                    "パスワード再設定のメールが届きません。迷惑メールフォルダも確認しました。",
                    "請求書の宛名を会社名に変更して再発行していただきたいです。"),
            List.of("ご確認のうえ、返金をお願いいたします。", "対応方法を教えていただけますでしょうか。",
                    "至急ご対応をお願いいたします。", "交換または返品の手続きについてご案内ください。",
                    "解約の手続きを進めていただけますか。"),
            List.of("よろしくお願いいたします。", "ご返信お待ちしております。", "何卒よろしくお願い申し上げます。"),
            List.of("お問い合わせいただきありがとうございます。注文番号 {order} の二重請求分 {amount}円は、3〜5営業日以内に返金いたします。",
                    "ご不便をおかけして申し訳ございません。パスワード再設定のメールを再送いたしましたのでご確認ください。",
                    "恐れ入りますが、ご注文者様のお名前とご連絡先をご返信いただけますでしょうか。"),
            List.of("ワイヤレスイヤホン", "電気ケトル", "ランニングシューズ", "ノートPCケース", "加湿器", "スマートウォッチ"),
            List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"),
            List.of("陽菜", "結衣", "蓮", "湊", "美咲", "大翔", "葵", "悠真", "さくら", "翔太"),
            List.of("sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura", "kobayashi",
                    "kato", "yoshida", "yamada"),
            List.of("hina", "yui", "ren", "minato", "misaki", "hiroto", "aoi", "yuma", "sakura", "shota"));

    static final Language EN = new Language("en",
            List.of("Refund not received", "Charged twice for my order", "Cannot reset my password",
                    "Order arrived damaged", "Where is my package?", "Please cancel my subscription",
                    "Invoice needs a correction", "Coupon code does not work", "App crashes on start",
                    "Wrong item delivered", "Change my delivery address", "Account locked after login attempts"),
            List.of("Hello,", "Hi there,", "Good morning,", "Dear support team,"),
            List.of("I ordered the {product} on {date} (order {order}).",
                    "My card statement shows two charges of ${amount} for the same order.",
                    "The tracking page has not changed since {date}.",
                    "The box was crushed and the {product} has a crack on the side.",
                    "I cancelled my subscription last month but was charged ${amount} again.",
                    "The password reset e-mail never arrives, not even in my spam folder.",
                    "When I log in it says my account is locked."),
            List.of("Could you please refund the duplicate payment?", "Please let me know what I should do.",
                    "I would like a replacement or a refund.", "Please cancel it and confirm by e-mail.",
                    "Can you unlock my account?"),
            List.of("Thanks,", "Best regards,", "Thank you for your help.", "Looking forward to your reply."),
            List.of("Thank you for contacting us. We found the duplicate charge on order {order}; ${amount} will be refunded within 3-5 business days.",
                    "Sorry for the trouble. We have sent a new password reset link; please also check your spam folder.",
                    "Could you reply with the name and phone number on the order so we can look it up?"),
            List.of("wireless earbuds", "electric kettle", "running shoes", "laptop sleeve", "air purifier filter",
                    "smart watch"),
            List.of("Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Davis", "Clark", "Lewis", "Walker"),
            List.of("Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Mia", "Lucas", "Sophia", "Ethan"),
            List.of(), List.of());

    private Texts() {
    }

    static Language of(String code) {
        return switch (code) {
            case "ja" -> JA;
            case "en" -> EN;
            default -> KO;
        };
    }

    static String title(Language language, Random random) {
        return pick(language.titles(), random);
    }

    /** Three to five sentences: greeting, one or two details, a request, a closing. */
    static String body(Language language, Random random, String name, long order, String date) {
        String space = language == JA ? "" : " ";
        StringBuilder text = new StringBuilder(pick(language.openings(), random));
        int details = 1 + random.nextInt(2);
        for (int i = 0; i < details; i++) {
            text.append(space).append(pick(language.details(), random));
        }
        text.append(space).append(pick(language.requests(), random));
        text.append('\n').append(pick(language.closings(), random));
        return fill(text.toString(), language, random, name, order, date);
    }

    static String reply(Language language, Random random, String name, long order, String date) {
        return fill(pick(language.replies(), random), language, random, name, order, date);
    }

    /** A person's display name in the language's order: family name first in Korean and Japanese. */
    static String name(Language language, int index) {
        String family = language.familyNames().get(index % language.familyNames().size());
        String given = language.givenNames().get((index / language.familyNames().size()) % language.givenNames().size());
        return language.code().equals("en") ? given + " " + family
                : language.code().equals("ja") ? family + " " + given : family + given;
    }

    /** A romanised local part for the name at this index, e.g. minji.kim. */
    static String mailbox(Language language, int index) {
        List<String> family = language.romanFamily().isEmpty() ? language.familyNames() : language.romanFamily();
        List<String> given = language.romanGiven().isEmpty() ? language.givenNames() : language.romanGiven();
        return (given.get((index / family.size()) % given.size()) + "." + family.get(index % family.size()))
                .toLowerCase(Locale.ROOT);
    }

    private static String fill(String template, Language language, Random random, String name, long order,
                               String date) {
        int amount = language == JA ? 980 + random.nextInt(30_000) : language == EN ? 5 + random.nextInt(400)
                : 9_900 + random.nextInt(290_000);
        return template.replace("{order}", Long.toString(order)).replace("{date}", date)
                .replace("{product}", pick(language.products(), random)).replace("{name}", name)
                .replace("{amount}", String.format(Locale.ROOT, "%,d", amount));
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
