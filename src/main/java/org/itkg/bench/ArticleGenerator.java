package org.itkg.bench;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Random;
import org.itkg.article.Article;

/**
 * Synthetic Persian news articles for benchmarks and load tests: officials of both states with titles,
 * meetings, calls, visits and signings, Gregorian and Solar Hijri dates, relative days, quotes and topics,
 * 1 to 3 KB each. Deterministic: article {@code i} of a seed is always the same text. The names are made
 * up from common given names and surnames; no article describes a real event.
 */
public final class ArticleGenerator {
    private static final String[] IR_GIVEN = {"علی", "محمد", "حسین", "رضا", "مهدی", "احمد", "حسن", "مسعود", "جواد", "سعید", "مجید", "حمید"};
    private static final String[] IR_FAMILY = {"رضایی", "احمدی", "کریمی", "موسوی", "حسینی", "جعفری", "نوری", "صادقی", "رحیمی", "کاظمی", "فرهادی", "طاهری"};
    private static final String[] TR_GIVEN = {"مراد", "کمال", "جمال", "اورهان", "ارکان", "سلیم", "فاتح", "یاووز", "بولنت", "ترکان", "امره", "سرکان"};
    private static final String[] TR_FAMILY = {"یلماز", "اوزتورک", "دمیر", "شاهین", "چلیک", "آیدین", "کایا", "آرسلان", "دوغان", "قلیچ", "کوچ", "اوزکان"};
    private static final String[] TITLES = {"وزیر کشور", "وزیر امور خارجه", "معاون وزیر کشور", "وزیر بازرگانی", "وزیر نیرو",
            "وزیر راه و شهرسازی", "معاون وزیر امور خارجه", "وزیر دفاع", "وزیر اقتصاد"};
    private static final String[] CITIES = {"تهران", "آنکارا", "استانبول", "تبریز", "وان", "ارومیه", "مشهد", "ازمیر"};
    private static final String[] TOPICS = {"امنیت مرزها", "مبارزه با تروریسم", "تجارت دوجانبه", "از سرگیری پروازها", "انرژی و گاز",
            "گردشگری", "مبارزه با قاچاق مواد مخدر", "مهاجرت غیرقانونی", "همکاری های گمرکی", "حمل و نقل ریلی"};
    private static final String[] OUTLETS = {"ایرنا", "ایسنا", "مهر", "فارس", "تسنیم", "همشهری"};
    private static final String[] WEEKDAYS = {"دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"};
    private static final String[] PERSIAN_MONTHS = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
            "آذر", "دی", "بهمن", "اسفند"};
    private static final String[] FILLER = {
            "حجم مبادلات تجاری دو کشور در سال گذشته از مرز ۱۰ میلیارد دلار گذشت و دو طرف بر افزایش آن تاکید دارند.",
            "کارشناسان معتقدند همکاری های منطقه ای میان دو همسایه می تواند به ثبات بیشتر در منطقه کمک کند.",
            "در این نشست همچنین درباره تسهیل تردد مسافران و کامیون ها در گذرگاه های مرزی بحث و تبادل نظر شد.",
            "دو طرف توافق کردند کارگروه های تخصصی در ماه های آینده نشست های منظمی برگزار کنند.",
            "پیش از این نیز مقام های دو کشور بر ضرورت تکمیل خطوط ریلی و جاده ای تاکید کرده بودند.",
            "این دیدار در فضایی دوستانه و سازنده برگزار شد و دو طرف از روند روابط ابراز رضایت کردند."};

    private final long seed;

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    /** Article {@code i}: the same text for the same seed and index, whatever else was generated. */
    public Article article(long i) {
        Random r = new Random(seed * 1_000_003L + i);
        LocalDate published = LocalDate.of(2011, 1, 1).plusDays(r.nextInt(15 * 365));
        String ir = pick(r, IR_GIVEN) + " " + pick(r, IR_FAMILY);
        String tr = pick(r, TR_GIVEN) + " " + pick(r, TR_FAMILY);
        String irTitle = pick(r, TITLES), trTitle = pick(r, TITLES);
        String city = pick(r, CITIES), topic = pick(r, TOPICS);
        StringBuilder b = new StringBuilder();
        b.append("به گزارش ").append(pick(r, OUTLETS)).append("، ").append(ir).append(" ").append(irTitle).append(" ایران ");
        switch (r.nextInt(4)) {
            case 0 -> b.append("امروز در ").append(city).append(" با ").append(tr).append(" ").append(trTitle)
                    .append(" ترکیه دیدار و درباره ").append(topic).append(" گفتگو کرد.\n");
            case 1 -> b.append("روز ").append(WEEKDAYS[published.minusDays(1).getDayOfWeek().getValue() - 1])
                    .append(" در گفتگوی تلفنی با ").append(tr).append(" ").append(trTitle).append(" ترکیه درباره ").append(topic)
                    .append(" رایزنی کرد.\n");
            case 2 -> b.append("در ").append(solarHijri(published.minusDays(2))).append(" وارد آنکارا شد و با ").append(tr)
                    .append(" ").append(trTitle).append(" ترکیه دیدار کرد.\n");
            default -> b.append("و ").append(tr).append(" ").append(trTitle).append(" ترکیه دیروز در ").append(city)
                    .append(" یادداشت تفاهم همکاری در زمینه ").append(topic).append(" را امضا کردند.\n");
        }
        b.append(pick(r, FILLER)).append('\n');
        b.append(ir.substring(ir.indexOf(' ') + 1)).append(" در این دیدار گفت: «همکاری در زمینه ").append(topic)
                .append(" برای دو کشور اهمیت زیادی دارد و ما آماده گسترش آن هستیم.»\n");
        b.append(tr.substring(tr.indexOf(' ') + 1)).append(" نیز با اشاره به ").append(pick(r, TOPICS))
                .append(" بر ضرورت ادامه رایزنی ها تاکید کرد.\n");
        if (r.nextBoolean())
            b.append("قرار است ").append(tr).append(" ماه آینده برای شرکت در نشست کمیسیون مشترک به تهران سفر کند.\n");
        int target = 1000 + r.nextInt(2000);
        while (b.length() < target / 2) b.append(pick(r, FILLER)).append(' ').append(pick(r, FILLER)).append('\n');
        return new Article("gen-" + seed + "-" + i, "https://example.org/news/" + seed + "/" + i, pick(r, OUTLETS), published,
                "fa", b.toString(), "generated:" + i);
    }

    /** The article as a file in the format {@code itkg load} reads. */
    public static String asText(Article a) {
        return "id: " + a.id() + "\nurl: " + a.url() + "\noutlet: " + a.outlet() + "\ndate: " + a.date() + "\nlang: " + a.lang() + "\n\n" + a.body();
    }

    private static String solarHijri(LocalDate d) {
        PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        Calendar g = Calendar.getInstance(TimeZone.GMT_ZONE);
        g.clear();
        g.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        c.setTime(g.getTime());
        return c.get(Calendar.DAY_OF_MONTH) + " " + PERSIAN_MONTHS[c.get(Calendar.MONTH)] + " " + c.get(Calendar.YEAR);
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
