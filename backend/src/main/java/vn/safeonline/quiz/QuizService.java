package vn.safeonline.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.safeonline.auth.CurrentUser;
import vn.safeonline.campaign.Campaign;
import vn.safeonline.campaign.CampaignAccess;
import vn.safeonline.common.ApiException;
import vn.safeonline.common.AuditLog;
import vn.safeonline.common.Text;
import vn.safeonline.publicpage.DeviceIds;
import vn.safeonline.quiz.QuizDtos.Answer;
import vn.safeonline.quiz.QuizDtos.AnswerResult;
import vn.safeonline.quiz.QuizDtos.AttemptRequest;
import vn.safeonline.quiz.QuizDtos.AttemptResult;
import vn.safeonline.quiz.QuizDtos.PublicQuestion;
import vn.safeonline.quiz.QuizDtos.PublicQuiz;
import vn.safeonline.quiz.QuizDtos.QuestionInput;
import vn.safeonline.quiz.QuizDtos.QuestionView;
import vn.safeonline.quiz.QuizDtos.QuizInput;
import vn.safeonline.quiz.QuizDtos.QuizView;
import vn.safeonline.quiz.QuizDtos.Results;
import vn.safeonline.quiz.QuizDtos.UnitResult;

/** The campaign's question bank and quizzes, playing a quiz on the public page, and the results per unit. */
@ApplicationScoped
public class QuizService {
    @Inject
    vn.safeonline.common.BusinessClock clock;
    @Inject
    CampaignAccess access;
    @Inject
    CurrentUser me;
    @Inject
    AuditLog audit;
    @Inject
    DeviceIds devices;
    @Inject
    QuizAttempts attempts;

    /** The question bank, with the answers (the campaign's managers). */
    public List<QuestionView> questions(long campaignId) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        return QuizQuestion.ofCampaign(c.id).stream().map(QuestionView::of).toList();
    }

    @Transactional
    public QuestionView addQuestion(long campaignId, QuestionInput in) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        if (in.correctIndex() >= in.options().size()) throw ApiException.unprocessable("correctIndex", "OutOfRange", "Đáp án đúng phải là một trong các lựa chọn");
        QuizQuestion q = new QuizQuestion();
        q.campaignId = c.id;
        q.text = Text.clean(in.text());
        q.options(in.options().stream().map(Text::clean).toList());
        q.correctIndex = in.correctIndex();
        q.explanation = Text.clean(in.explanation());
        q.persist();
        QuizQuestion.flush();
        audit.record("CREATE", "quiz_question", q.id, null, in);
        return QuestionView.of(q);
    }

    /** The campaign's quizzes (whoever sees the campaign). */
    public List<QuizView> quizzes(long campaignId) {
        Campaign c = access.find(campaignId);
        return Quiz.ofCampaign(c.id).stream().map(QuizView::of).toList();
    }

    @Transactional
    public QuizView addQuiz(long campaignId, QuizInput in) {
        Campaign c = access.find(campaignId);
        access.requireManager(c);
        List<Long> ids = in.questionIds().stream().distinct().toList();
        if (QuizQuestion.countInCampaign(c.id, ids) != ids.size()) {
            throw ApiException.unprocessable("questionIds", "UnknownQuestion", "Có câu hỏi không thuộc ngân hàng câu hỏi của chiến dịch");
        }
        Quiz q = new Quiz();
        q.campaignId = c.id;
        q.title = Text.clean(in.title());
        q.questionIds(ids);
        q.persist();
        Quiz.flush();
        audit.record("CREATE", "quiz", q.id, null, in);
        return QuizView.of(q);
    }

    private static Quiz quiz(long id) {
        Quiz q = Quiz.findById(id);
        if (q == null) throw ApiException.notFound("Trắc nghiệm", id);
        return q;
    }

    /** A quiz a public page names by its public id, of an issued plan's campaign (404 otherwise, also for a database id). */
    private static Quiz publicQuizOf(String publicId) {
        Quiz q = Quiz.<Quiz>find("publicId", publicId).firstResult();
        if (q == null) throw ApiException.notFound("Trắc nghiệm", publicId);
        return q;
    }

    /** A quiz to play: the questions and their options, without the answers. */
    public PublicQuiz publicQuiz(String publicId) {
        Quiz quiz = publicQuizOf(publicId);
        Campaign c = vn.safeonline.publicpage.PublicCampaigns.ofPublic(quiz.campaignId, publicId);
        return new PublicQuiz(quiz.publicId, quiz.title, c.name, QuizQuestion.of(quiz).stream().map(q -> new PublicQuestion(q.id, q.text, q.options())).toList());
    }

    /** Scores an attempt with the explanations; the first attempt of a device is the one counted for its unit. */
    @Transactional
    public AttemptResult attempt(String publicId, AttemptRequest request) {
        Quiz quiz = publicQuizOf(publicId);
        Campaign campaign = vn.safeonline.publicpage.PublicCampaigns.ofPublic(quiz.campaignId, publicId);
        vn.safeonline.publicpage.PublicCampaigns.requireRunning(campaign.startsOn, campaign.endsOn, clock.today());
        List<QuizQuestion> questions = QuizQuestion.of(quiz);
        Map<Long, Integer> choices = new HashMap<>();
        for (Answer a : request.answers()) {
            if (choices.put(a.questionId(), a.choice()) != null) throw ApiException.unprocessable("answers", "Repeated", "Mỗi câu chỉ trả lời một lần");
        }
        for (Long id : choices.keySet()) {
            if (questions.stream().noneMatch(q -> q.id.equals(id))) throw ApiException.unprocessable("answers", "UnknownQuestion", "Câu hỏi không thuộc bài trắc nghiệm này");
        }
        for (int i = 0; i < request.answers().size(); i++) {
            Answer a = request.answers().get(i);
            int options = questions.stream().filter(q -> q.id.equals(a.questionId())).findFirst().orElseThrow().options().size();
            if (a.choice() >= options) {
                throw ApiException.unprocessable("answers[" + i + "].choice", "OutOfRange", "Câu hỏi này chỉ có " + options + " phương án (0–" + (options - 1) + ")");
            }
        }
        Long unit = attempts.unitIdOrRefuse(quiz.campaignId, request.unitCode());
        int score = 0;
        List<AnswerResult> results = new ArrayList<>();
        for (QuizQuestion q : questions) {
            Integer choice = choices.get(q.id);
            boolean correct = choice != null && choice == q.correctIndex;
            if (correct) score++;
            results.add(new AnswerResult(q.id, correct, q.correctIndex, q.explanation));
        }
        boolean counted = attempts.record(quiz.id, devices.hash(request.deviceId()), unit, score, questions.size(), request.audience(), clock.now());
        return new AttemptResult(score, questions.size(), counted, results);
    }

    /** Counted attempts per unit: all units for whoever sees the whole campaign, else the caller's subtree; 404 for a quiz of a campaign not visible. */
    public Results results(long quizId) {
        Quiz quiz = quiz(quizId);
        Campaign c;
        try {
            c = access.find(quiz.campaignId);
        } catch (ApiException e) {
            throw ApiException.notFound("Trắc nghiệm", quizId);
        }
        List<UnitResult> items = attempts.perUnit(quizId, access.seesAll(c) ? null : me.org());
        long total = items.stream().mapToLong(UnitResult::participants).sum();
        return new Results(quizId, quiz.title, total, items);
    }
}
