#!/usr/bin/env python3
"""Throwaway: migrates destinations.yml from schema 1 to 2, mechanically (issue 11). Not product code.

Line edits keep the file's layout and comments. Every value is carried over; nothing is guessed:
- stay_days + stay_rule -> stay: per_entry N -> {visit: N, cap: none}; per_180_days N -> {visit: unknown,
  cap: {days: N, window: 180}}; per_year N -> {visit: unknown, cap: {days: N, window: calendar_year}};
  unknown N -> {visit: N, cap: unknown} (the number was a stay length whose counting was not known);
  no stay_days -> stay left out (unknown) .
- a destination without a belarus block -> belarus: unknown
- each source gets kind from the reviewed HOST_KIND table below (unknown hosts stop the script)
- safety.refuses_critics: documented where the v1 wording signal found refusals of critics, else unknown
- residency.by_descent: [jewish] where the v1 wording signal found a Law of Return route
"""
import re, sys, yaml
from urllib.parse import urlparse

OFFICIAL = """en.iss.gov.mn usitmoik.gov.by srilankaembassy.ru embassies.gov.il geoconsul.gov.ge gov.br
embamex.sre.gob.mx iiv.uz lrs.lt conf2024.dushanbewaterprocess.org"""
MEDIA = """themoscowtimes.com babel.ua tass.com news.mail.ru rferl.org novinite.com novayagazeta.eu news.err.ee
newizv.ru kommersant.ru gulfnews.com wiadomosci.wp.pl magyarnemzet.hu kun.uz unn.ua i24news.tv jpost.com
bangkokpost.com astanatimes.com knews.kathimerini.com.cy vedomosti.ru kyivindependent.com lenta.ru dw.com
es.euronews.com akipress.com 24.kg uz.kursiv.media kz.kursiv.media thenationalnews.com thejakartapost.com
thanhnien.vn english.vov.vn en.people.cn tvn24.pl rp.pl report.az oc-media.org mb.com.ph rtvi.com
rus.azathabar.com azatutyun.am asiaplustj.info gazeta.ru cyprus-mail.com valor.globo.com economia.uol.com.br
noticias.uol.com.br t13.cl tn.com.ar t-online.de deutschlandfunk.de theportugalnews.com theolivepress.es rt.com
riamo.ru en.trend.az news.az caliber.az en.armradio.am ynetnews.com korrespondent.net pravda.com.ua censor.net
delo.ua ukranews.com ru.espreso.tv tv.112.ua msk1.ru klops.ru jurist.org unherd.com opendemocracy.net
pointmedia.io factor.am abkhazinform.com agenzianova.com asianews.it bolnews.com republicworld.com nsn.fm
ostro.org united24media.com belarus24.by onlinebrest.by gtarchive.georgiatoday.ge abounderrattelser.fi
podroze.onet.pl internationalinvestment.biz en.oninvest.com daily.afisha.ru secretmag.ru russianlife.com
mosregion.info telegraf.news apsny.ge serbianmonitor.com qazmonitor.com kemerinfo.ru sibnovosti.ru
odessa-journal.com continent-online.com old.7or.am thegaze.media dailyfinland.fi baltimorechronicle.com
for-ua.com boulvard.kyiv.ua nasha.la.lv en.kavkazplus.com gradskeinfo.rs silkway.news agroreview.com
ukrrudprom.ua bunatimes.com eurasiabusinessnews.com viabaltica.fi maximonline.ru myc.news portmedia.info
grupolaprovincia.com russland.news dip.org.ua en.rua.gr actualno.com"""
NGO = """couragetoresist.org forumfreerussia.org proasyl.de connection-ev.org en.connection-ev.org en.ovdinfo.org
hrwf.eu frnrw.de baj.media bureau.kz jamestown.org stockholmcf.org crrc-caucasus.blogspot.com
platforma.international"""
COMMUNITY = """en.wikipedia.org windowoneurasia2.blogspot.com plawiuk.blogspot.com
mostinterestingfactsaroundtheworld.blogspot.com worldpopulationreview.com worldatlas.com fr.numbeo.com
expatistan.com globalcostdata.com tripperen.gitlab.io monte.wiki expatnetwork.com publicservices.guide
legalclarity.org thegoaspotlight.com travels.edu.vn ya.ru klerk.ru documents.ge armenianclub.com
diasporaru.com lampal.ru georgiaonline.ge
news-pravda.com ge.news-pravda.com usa.news-pravda.com pledgetimes.com bbabo.net ru24.pro flexi-news.com
1395.topnews.com dailynewsen.com essanews.com byteseu.com urdupoint.com insidermails.com 24newsbulletin.com
westafricawatch.com thegeopost.com live.ipanewspack.com socialbites.ca ccbsnews.info tut-news.ru trn-news.ru
wearerepost.com funpress.ru factornews.ru iarex.ru gaya.one it.in-ukraine.info ukrainetoday.org
russianfreepress.com nawi.cz menafn.com rslive.vps.webdock.cloud dely.by ru-main.ru sevane.ru
goodwin.crimea.ua ctrcenter.org cmio.org abbv.ru"""
COMMERCIAL = """faegredrinker.com crystalintelligence.com mondaq.com digest.intermarkrelocation.com theworkcrowd.ae
thelevelconsulting.ae marinadubai.ae glcgroup.ge potomaclaw.com blog.agent.ru balibusinessconsulting.com
bnidigital.com airtransitx.com freetravelsandtours.com ecovis.lt ivisa.com visa-digital-nomad.com
usimmigrationapplication.org visaliv.com anextour.ru intertour.ru travel-global.ru turkeyguru.ru redigo.ru
mircare.com gratanet.com fragomen.com mlgts.pt blackswan.law businessregistergeorgia.com geoholding.ge aacc.ge
lawyer-monthly.com investingforexpats.com portugalimmigrationnews.com abogadoextranjeriamadrid.net en.nplaw.ru
emaslahat.uz alvinet.com manageripgeorgia.atlassian.net hipotekarnabanka.com aeb.am journal.tinkoff.ru
bemmaisbrasilia.com"""
HOST_KIND = {}
for kind, hosts in [("official", OFFICIAL), ("media", MEDIA), ("ngo", NGO), ("community", COMMUNITY),
                    ("commercial", COMMERCIAL)]:
    for h in hosts.split():
        assert h.lower() not in HOST_KIND, h
        HOST_KIND[h.lower()] = kind

def kind_of(url):
    archived = re.match(r"https?://web\.archive\.org/web/\d+/(.+)$", url)
    if archived:  # an archived page is what it archives
        return kind_of(archived.group(1))
    host = urlparse(url).hostname.lower()
    host = host[4:] if host.startswith("www.") else host
    if host not in HOST_KIND:
        sys.exit("no kind for host " + host)
    return HOST_KIND[host]

# the v1 wording signals (conversation/Signals.java), reproduced to carry the ranking's inputs over
WHO = r"anti-war|activists?|journalists?|critics?|dissidents?|opposition|human[- ]rights"
ACT = r"refus\w*|denied|barred|bann?(ed|s)?|expel\w*|expuls\w*|deport\w*|forced out|revok\w*|security risks?|not let (in|into)"
REFUSAL = re.compile(r"\b(" + WHO + r")\b[^.]{0,80}\b(" + ACT + r")\b|\b(" + ACT + r")\b[^.]{0,40}\b(" + WHO + r")\b", re.I)
LAW_OF_RETURN = re.compile(r"law of return|\bjew(s|ish)?\b|aliyah", re.I)

def signals(d):
    facts = d["entry"].get("facts", []) + d["safety"].get("facts", [])
    refusals = any(REFUSAL.search(f["text"]["en"]) for f in facts)
    lor = any(r["kind"] == "repatriation" and LAW_OF_RETURN.search(r["text"]["en"]) for r in d["residency"]["routes"])
    return refusals, lor

def stay_line(indent, days, rule):
    if days is None:
        return None
    return indent + "stay: " + {
        "per_entry": "{visit: %s, cap: none}" % days,
        "per_180_days": "{visit: unknown, cap: {days: %s, window: 180}}" % days,
        "per_year": "{visit: unknown, cap: {days: %s, window: calendar_year}}" % days,
        "unknown": "{visit: %s, cap: unknown}" % days,
    }[rule]

def main(path):
    text = open(path, encoding="utf-8").read()
    data = yaml.safe_load(text)
    by_id = {d["id"]: d for d in data["destinations"]}
    out, dest, block, pending_days = [], None, None, None
    report = {"refuses_critics": [], "by_descent": [], "belarus_unknown": [], "kinds": {}}
    lines = text.split("\n")
    out.append("# yaml-language-server: $schema=./destinations.schema.json")
    for line in lines:
        m = re.match(r"^  - id: (\w+)$", line)
        if m and m.group(1) in by_id:
            dest = by_id[m.group(1)]
        m = re.match(r"^    (\w+):", line)
        if m:
            block = m.group(1)
            if dest and block == "residency" and "belarus" not in dest:
                out.append("    belarus: unknown")
                report["belarus_unknown"].append(dest["id"])
        if line == "schema_version: 1":
            line = "schema_version: 2"
        m = re.match(r"^(\s*)stay_days: (\d+)$", line)
        if m:
            pending_days = m.group(2)
            continue
        m = re.match(r"^(\s*)stay_rule: (\w+)$", line)
        if m:
            s = stay_line(m.group(1), pending_days, m.group(2))
            pending_days = None
            if s:
                out.append(s)
            continue
        assert pending_days is None, line
        m = re.match(r'^(\s*- \{url: "([^"]+)")(.*)$', line)
        if m:
            k = kind_of(m.group(2))
            report["kinds"][k] = report["kinds"].get(k, 0) + 1
            line = m.group(1) + ", kind: " + k + m.group(3)
        out.append(line)
        if dest and block == "safety" and re.match(r"^      asylum: ", line):
            refusals, _ = signals(dest)
            out.append("      refuses_critics: " + ("documented" if refusals else "unknown"))
            if refusals:
                report["refuses_critics"].append(dest["id"])
        if dest and block == "residency" and re.match(r"^      path_to_permanent: ", line):
            _, lor = signals(dest)
            if lor:
                out.append("      by_descent: [jewish]")
                report["by_descent"].append(dest["id"])
    assert len(re.findall(r"url: ", text)) == sum(report["kinds"].values())
    open(path, "w", encoding="utf-8").write("\n".join(out))
    print(report)

if __name__ == "__main__":
    main(sys.argv[1])
